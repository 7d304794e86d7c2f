package org.gongkai.render.view;

import java.util.List;

/**
 * An item's 信息属性 block (above its content) and the matching meta tags of its page head, as gov.cn pages write
 * them ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource}, {@code Keywords}).
 */
public record ItemMetaView(List<Row> rows, List<Row> headTags) {

    /** A label and its ready value; in {@code headTags} the meta tag's name and content. */
    public record Row(String label, String value) {
    }
}
