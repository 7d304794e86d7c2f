/**
 * Site search (站内搜索): after the render stage, the site's reports, free pages, data pages and data-table rows are
 * indexed by character bigrams and single characters and written as static files under {@code search/}, split into
 * shards so that a query loads only the few it needs. The query side is {@code assets/js/search.js} of the theme.
 * Entry point: {@link org.gongkai.search.SearchIndex}.
 */
package org.gongkai.search;
