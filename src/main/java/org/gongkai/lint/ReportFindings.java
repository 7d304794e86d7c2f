package org.gongkai.lint;

import java.io.Serializable;
import java.util.List;

/** What the content rules found in one report: shown findings, and those its suppressions hide. */
public record ReportFindings(List<Finding> findings, List<Ignored> ignored) implements Serializable {

    public ReportFindings {
        findings = List.copyOf(findings);
        ignored = List.copyOf(ignored);
    }
}
