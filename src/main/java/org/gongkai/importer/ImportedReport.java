package org.gongkai.importer;

import java.util.List;

import org.gongkai.lint.Finding;
import org.gongkai.problem.Text;

/**
 * What {@code gongkai import} tells about one report it wrote.
 *
 * @param file the Markdown file, relative to the site root
 * @param source the input it came from
 * @param read the front matter values read from the text, one line each
 * @param toCheck the values it could not read and filled in, and pictures without a description
 * @param findings what the content rules found in the file (placeholders, deleted figures, totals …)
 * @param pictures the pictures saved, relative to the site root
 */
public record ImportedReport(String file, String source, String title, List<Text> read, List<Text> toCheck,
                             List<Finding> findings, List<String> pictures) {

    public ImportedReport {
        read = List.copyOf(read);
        toCheck = List.copyOf(toCheck);
        findings = List.copyOf(findings);
        pictures = List.copyOf(pictures);
    }
}
