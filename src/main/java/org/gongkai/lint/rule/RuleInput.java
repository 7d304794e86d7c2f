package org.gongkai.lint.rule;

/**
 * An input a content rule reads. A rule's findings depend on these and on nothing else, so a build that knows
 * which inputs changed can tell which rules to run again ({@code RuleNeedsTest} holds each rule to its list).
 */
public enum RuleInput {
    /** The Markdown body: its text, paragraphs, headings and tables. */
    BODY,
    /** The prose of the front matter as text: title, summary, department, tags. */
    FRONT_MATTER_TEXT,
    /** The report's fields as the loader read them (date, year, region, title); a free page has none. */
    REPORT_FIELDS,
    /** site.yaml (the bureau's own phone numbers). */
    SITE_CONFIG,
    /** The records of the data tables (aid and project amounts, with their rows' lines). */
    DATA_TABLES,
    /** The data files as written (the text of each CSV file, an .xlsx workbook's text fields). */
    DATA_FILES
}
