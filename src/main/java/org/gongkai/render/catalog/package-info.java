/**
 * Render stage for the 政府信息公开目录 ({@code xxgk/catalog/}: every item as a table, by 主题分类 and by year, and
 * {@code xxgk/catalog.json} and {@code .csv} for a county portal to import) and the 法定主动公开内容
 * ({@code xxgk/statutory/}, grouped by the 条例's article 20). Written after the reports, whose summaries it lists.
 * Entry point: {@link org.gongkai.render.catalog.CatalogPages}.
 */
package org.gongkai.render.catalog;
