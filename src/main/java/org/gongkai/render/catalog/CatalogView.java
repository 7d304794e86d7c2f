package org.gongkai.render.catalog;

import java.util.List;

import org.gongkai.render.view.LinkView;

/**
 * A catalogue page: the whole 目录, one 主题分类 or one year.
 *
 * @param subjects every 主题分类 with its count; those without items have no link
 * @param years the years with items, newest first
 * @param jsonUrl the link to catalog.json from this page
 * @param csvUrl the link to catalog.csv
 */
record CatalogView(String heading, String intro, List<LinkView> subjects, List<LinkView> years, String jsonUrl,
                   String csvUrl, String captionId, String caption, List<Row> rows, boolean empty) {

    /** One item, its values ready to print. */
    record Row(String index, String title, String url, String summary, String publisher, String written,
               String published) {
    }
}
