package org.gongkai.build.incremental;

import java.io.Serializable;
import java.util.List;

import org.gongkai.lint.ReportFindings;
import org.gongkai.load.FileStamp;

/**
 * A report as the last build rendered it.
 *
 * @param fingerprint the hash of the report as loaded (front matter and body)
 * @param context the hash of what its page shows of other reports ({@code SiteRenderer.pageContext})
 * @param summary its summary as the lists show it
 * @param outputs the files its page and alias redirects were written to
 * @param findings what the content rules found in it
 * @param stamp its file's stamp as listed before it was read; null when that is not to be trusted (the file had
 *     changed just before)
 */
public record CachedReport(String fingerprint, String context, String summary, List<String> outputs,
                           ReportFindings findings, FileStamp stamp) implements Serializable {

    public CachedReport {
        java.util.Objects.requireNonNull(fingerprint, "fingerprint");
        java.util.Objects.requireNonNull(context, "context");
        java.util.Objects.requireNonNull(summary, "summary");
        java.util.Objects.requireNonNull(findings, "findings");
        outputs = List.copyOf(outputs);
    }
}
