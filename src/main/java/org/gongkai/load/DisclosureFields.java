package org.gongkai.load;

import java.util.List;
import java.util.Set;

import org.gongkai.model.DataPageMeta;
import org.gongkai.model.Disclosure;
import org.gongkai.model.IndexPattern;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/** {@code disclosure:} of site.yaml ({@link Disclosure}): the 索引号 pattern, the 发布机构 and the 主题分类. */
final class DisclosureFields {

    static final Set<String> KEYS = Set.of("org_code", "index_pattern", "publisher", "subjects", "stale_months", "data_pages");

    private DisclosureFields() {
    }

    static Disclosure read(YamlValue.Mapping mapping, String file, Problems problems) {
        YamlFields fields = new YamlFields(mapping, file, problems);
        fields.rejectUnknownKeys(KEYS, Text.of("meta.where.disclosure"));
        String orgCode = fields.text("org_code", false, "\"A0000-0000000\"").orElse("");
        String pattern = fields.text("index_pattern", false, "\"{org_code}/{year}-{seq:5}\"").orElse("");
        IndexPattern parsed = new IndexPattern(pattern, orgCode);
        if (!pattern.isEmpty() && parsed.hasUnknownPlaceholder()) {
            problems.add(Problem.error(fields.positionOf("index_pattern"), Text.of("meta.pattern.placeholder", pattern),
                    Text.of("meta.pattern.placeholder.hint")));
        }
        if (parsed.usesOrgCode() && orgCode.isEmpty()) {
            problems.add(Problem.error(fields.positionOf("index_pattern"), Text.of("meta.pattern.noOrgCode"),
                    Text.of("meta.pattern.noOrgCode.hint")));
        }
        String publisher = fields.text("publisher", false, "宿松县教育局").orElse("");
        List<String> subjects = fields.textList("subjects", "[招生录取, 教育收费, 学生资助]");
        int staleMonths = fields.integer("stale_months", false, "6").orElse(Disclosure.DEFAULT_STALE_MONTHS);
        List<DataPageMeta> dataPages = fields.mapping("data_pages").map(m -> DataPageFields.read(m, file, problems))
                .orElse(List.of());
        return new Disclosure(true, orgCode, pattern, publisher, subjects, staleMonths, dataPages);
    }
}
