package org.gongkai.render.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item of the 政府信息公开目录: a report, a free page, a data page or an annual report.
 *
 * @param kind what it is ({@code report}, {@code page}, {@code fees}, {@code projects}, {@code aid}, {@code year},
 *     {@code annual-report}), the {@code kind} of catalog.json
 * @param path the page's output path ({@code reports/x/index.html})
 * @param summary the 内容概述
 * @param written the 成文日期, empty for pages that have none
 * @param published the 发布日期 as written or configured; never the build date
 * @param year the year the catalogue lists it under (of the 发布日期, else the 成文日期, else of the data), 0: none
 */
record CatalogItem(String kind, String index, String title, String path, String summary, String publisher,
                   Optional<LocalDate> written, Optional<LocalDate> published, Optional<LocalDate> updated,
                   String subject, String docNumber, String validity, List<String> keywords, int year) {

    CatalogItem {
        keywords = List.copyOf(keywords);
    }

    /** The date it is sorted by: the 发布日期, else the 成文日期. */
    Optional<LocalDate> date() {
        return published.or(() -> written);
    }
}
