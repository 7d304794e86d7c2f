package org.gongkai.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The 信息属性 of one page made from data ({@code disclosure.data_pages} of site.yaml): a school year's 收费公示, the
 * project list, the aid list, a year summary or an annual report. Configured once, by the page's key, so the
 * 索引号 never moves when rows change.
 *
 * @param key the page: {@code fees/2012-2013}, {@code projects}, {@code aid}, {@code years/2012} or
 *     {@code annual-reports/2021}
 * @param line the line of the key in site.yaml
 * @param column the 1-based column of the key
 * @param meta the values written under the key (their lines are site.yaml's)
 */
public record DataPageMeta(String key, int line, int column, ItemMeta meta) {

    public static final String PROJECTS = "projects";
    public static final String AID = "aid";

    /** The forms a key may take. */
    public static final Pattern KEY_FORM = Pattern.compile(
            "fees/\\d{4}-\\d{4}|projects|aid|years/\\d{4}|annual-reports/\\d{4}");

    public DataPageMeta {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(meta, "meta must not be null");
    }

    public static String fees(SchoolYear schoolYear) {
        return "fees/" + schoolYear;
    }

    public static String year(int year) {
        return "years/" + year;
    }

    public static String annualReport(int year) {
        return "annual-reports/" + year;
    }
}
