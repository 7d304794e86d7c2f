package org.gongkai.render.catalog;

import org.gongkai.render.XxgkPaths;

/** Where the catalogue's pages and files are, below {@code xxgk/} ({@link XxgkPaths}). */
final class CatalogPaths {

    static final String DIR = XxgkPaths.CATALOG;
    static final String SUBJECTS = DIR + "subject/";
    static final String JSON = XxgkPaths.CATALOG_JSON;
    static final String CSV = XxgkPaths.CATALOG_CSV;

    private CatalogPaths() {
    }

    static String year(int year) {
        return DIR + year + "/index.html";
    }
}
