package org.gongkai.render.catalog;

import java.util.List;

/** {@code xxgk/statutory/}: the items grouped by the 条例's article 20, then the rest by 主题分类. */
record StatutoryView(String intro, List<Group> groups, String catalogUrl, boolean empty) {

    /** One group: an item of article 20, or a 主题分类; its items as the catalogue's rows. */
    record Group(String id, String heading, String note, String captionId, String caption, List<CatalogView.Row> rows) {
    }
}
