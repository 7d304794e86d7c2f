package org.gongkai.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.model.ItemMeta;
import org.gongkai.model.SiteConfig;
import org.gongkai.render.view.ItemMetaScope;
import org.gongkai.render.view.ItemMetaView;
import org.gongkai.render.view.ItemMetaView.Row;

/** Builds an item's 信息属性 block and head meta tags; only on sites whose site.yaml has {@code disclosure:}. */
public final class ItemMetaViews {

    private final SiteConfig config;

    public ItemMetaViews(SiteConfig config) {
        this.config = config;
    }

    /**
     * @param written the 成文日期, empty for pages that have none
     * @param tags the 主题词
     */
    public ItemMetaScope of(String title, ItemMeta meta, Optional<LocalDate> written, List<String> tags) {
        if (!config.disclosure().configured()) {
            return ItemMetaScope.NONE;
        }
        String publisher = config.disclosure().publisherOr(config.bureau());
        List<Row> rows = new ArrayList<>();
        add(rows, "索引号", meta.index());
        add(rows, "主题分类", meta.subject());
        add(rows, "发布机构", publisher);
        add(rows, "成文日期", written.map(Formats::chineseDate).orElse(""));
        add(rows, "发布日期", meta.published().map(Formats::chineseDate).orElse(""));
        add(rows, "更正日期", meta.updated().map(Formats::chineseDate).orElse(""));
        add(rows, "文号", meta.docNumber());
        add(rows, "主题词", String.join("；", tags));
        add(rows, "有效性", meta.validity().label()
                + meta.validitySince().map(d -> "（自" + Formats.chineseDate(d) + "起）").orElse(""));
        add(rows, "公开方式", "主动公开");
        List<Row> head = new ArrayList<>();
        add(head, "ArticleTitle", title);
        add(head, "PubDate", meta.published().map(LocalDate::toString).orElse(""));
        add(head, "ContentSource", publisher);
        add(head, "Keywords", String.join(",", tags));
        return new ItemMetaScope(Optional.of(new ItemMetaView(rows, head)));
    }

    /**
     * A page made from data: what {@code disclosure.data_pages} gives for {@code key}; without a configured 主题分类,
     * {@code defaultSubject} when the vocabulary has it. No 成文日期, and no 发布日期 unless configured (never the build's).
     */
    public ItemMetaScope ofDataPage(String key, String title, String defaultSubject) {
        return of(title, dataPageMeta(key, defaultSubject), Optional.empty(), List.of());
    }

    /** The metadata of the data page {@code key}, its 主题分类 defaulted as {@link #ofDataPage} does. */
    public ItemMeta dataPageMeta(String key, String defaultSubject) {
        ItemMeta meta = config.disclosure().dataPage(key);
        if (meta.subject().isEmpty() && config.disclosure().subjects().contains(defaultSubject)) {
            return new ItemMeta(meta.index(), meta.indexLine(), meta.indexColumn(), meta.published(), meta.updated(),
                    defaultSubject, 0, 0, meta.validity(), meta.validitySince(), meta.docNumber());
        }
        return meta;
    }

    /** A data page's date for the sitemap: its configured 更正日期, else 发布日期; empty without disclosure:. */
    public Optional<LocalDate> lastChanged(String key) {
        ItemMeta meta = config.disclosure().dataPage(key);
        return meta.updated().or(meta::published);
    }

    private static void add(List<Row> rows, String label, String value) {
        if (!value.isEmpty()) {
            rows.add(new Row(label, value));
        }
    }
}
