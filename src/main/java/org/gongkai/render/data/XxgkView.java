package org.gongkai.render.data;

import java.util.List;

/** {@code xxgk/index.html}: the 政府信息公开 column and its sub-columns; a sub-column not built yet has no url. */
public record XxgkView(String intro, List<ColumnView> columns) {

    public record ColumnView(String label, String url, String description) {
    }
}
