package org.gongkai.lint.rule;

import org.gongkai.lint.ContentLint;
import org.gongkai.lint.Finding;
import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.text.LintDocument;

import java.util.List;

import org.gongkai.model.SiteConfig;

/** One kind of finding. Rules are stateless; {@link ContentLint} runs each over every document. */
public interface ContentRule {

    void check(LintDocument document, Context context, List<Finding> out);

    /** What a rule may need besides the document: the site's settings and the data files. */
    record Context(SiteConfig config, DataTables data) {
    }
}
