package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.lint.Finding;
import org.gongkai.model.Disclosure;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * On a site with {@code disclosure:}, every item carries a 发布日期 and a 主题分类, and a 索引号 when site.yaml has
 * an {@code index_pattern}: the catalogue an inspection reads lists them for every item.
 */
final class ItemFieldsCheck {

    static final String KIND = "item-metadata";

    private ItemFieldsCheck() {
    }

    static List<Finding> check(Disclosure disclosure, InspectionItems items) {
        List<Finding> findings = new ArrayList<>();
        for (InspectionItems.Item item : items.items()) {
            if (disclosure.pattern().isPresent() && item.meta().index().isEmpty()) {
                findings.add(error(item.file(), Text.of("inspect.missing.index"), Text.of("inspect.missing.index.hint")));
            }
            if (item.meta().published().isEmpty()) {
                findings.add(error(item.file(), Text.of("inspect.missing.published"), Text.of("inspect.missing.published.hint")));
            }
            if (item.meta().subject().isEmpty()) {
                findings.add(error(item.file(), Text.of("inspect.missing.subject"),
                        Text.of("inspect.missing.subject.hint", String.join("、", disclosure.subjects()))));
            }
        }
        return findings;
    }

    /** At line 1, the {@code ---} that opens the front matter: the key is not written anywhere. */
    private static Finding error(String file, Text message, Text hint) {
        return new Finding(new Problem(SourcePosition.of(file, 1), Severity.ERROR, KIND, message, hint), "");
    }
}
