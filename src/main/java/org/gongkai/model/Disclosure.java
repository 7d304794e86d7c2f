package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code disclosure:} of site.yaml: how items are numbered and classified (README "site.yaml").
 *
 * @param configured whether site.yaml has the key; without it no item is required to carry metadata
 * @param orgCode the 机构代码 {@code {org_code}} stands for
 * @param indexPattern the 索引号 pattern; empty when 索引号 are not configured
 * @param publisher the 发布机构; empty means the site's {@code bureau}
 * @param subjects the closed vocabulary of 主题分类
 * @param staleMonths months without a new item before a 主题分类 is reported as not updated
 * @param dataPages the 信息属性 configured for the pages made from data ({@code data_pages}), in site.yaml's order
 */
public record Disclosure(boolean configured, String orgCode, String indexPattern, String publisher,
                         List<String> subjects, int staleMonths, List<DataPageMeta> dataPages) {

    public static final List<String> DEFAULT_SUBJECTS = List.of("招生录取", "教育收费", "学生资助", "教师队伍", "财政预决算",
            "教育督导", "规范性文件", "建设项目", "机构职能", "其他");
    public static final int DEFAULT_STALE_MONTHS = 6;
    public static final Disclosure NONE = new Disclosure(false, "", "", "", DEFAULT_SUBJECTS, DEFAULT_STALE_MONTHS, List.of());

    public Disclosure {
        orgCode = orgCode == null ? "" : orgCode;
        indexPattern = indexPattern == null ? "" : indexPattern;
        publisher = publisher == null ? "" : publisher;
        subjects = subjects == null || subjects.isEmpty() ? DEFAULT_SUBJECTS : List.copyOf(subjects);
        dataPages = dataPages == null ? List.of() : List.copyOf(dataPages);
    }

    /** Without {@code data_pages}. */
    public Disclosure(boolean configured, String orgCode, String indexPattern, String publisher, List<String> subjects,
                      int staleMonths) {
        this(configured, orgCode, indexPattern, publisher, subjects, staleMonths, List.of());
    }

    /** The 信息属性 configured for the data page {@code key} ({@link DataPageMeta}), {@link ItemMeta#NONE} when none. */
    public ItemMeta dataPage(String key) {
        for (DataPageMeta page : dataPages) {
            if (page.key().equals(key)) {
                return page.meta();
            }
        }
        return ItemMeta.NONE;
    }

    public Optional<IndexPattern> pattern() {
        return indexPattern.isEmpty() ? Optional.empty() : Optional.of(new IndexPattern(indexPattern, orgCode));
    }

    /** The 发布机构 shown on items: {@code publisher}, or the bureau. */
    public String publisherOr(String bureau) {
        return publisher.isEmpty() ? bureau : publisher;
    }
}
