package org.gongkai.lint.rule;

import java.util.List;

import org.gongkai.lint.Finding;
import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.model.SiteConfig;

/**
 * One kind of finding. Rules are stateless; {@code ContentLint} runs each over every document. Each says what it
 * reads ({@link #needs()}) and which anchored patterns it tries ({@link #anchors()}).
 */
public interface ContentRule extends Needs {

    /** The kind of the rule's findings ({@code placeholder}), as suppressions and {@code check} name it. */
    String kind();

    void check(LintDocument document, Context context, List<Finding> out);

    /** The rule's anchored patterns, whose first characters each text indexes ({@link AnchorStarts}). */
    default List<Anchored> anchors() {
        return List.of();
    }

    /** What a rule may need besides the document: the site's settings and the data files. */
    record Context(SiteConfig config, DataTables data) {
    }
}
