package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the 政府信息公开 column ({@code xxgk/}) and its sub-columns live: the one place every link to them is made
 * from (the column page, the navigation, the home page).
 */
public final class XxgkPaths {

    public static final String XXGK = "xxgk/";
    public static final String ANNUAL_REPORTS = XXGK + "annual-reports/";
    /** The 政府信息公开目录's pages ({@code render.catalog}). */
    public static final String CATALOG = XXGK + "catalog/";
    /** The 目录 as data ({@code render.catalog.CatalogFiles}). */
    public static final String CATALOG_JSON = XXGK + "catalog.json";
    public static final String CATALOG_CSV = XXGK + "catalog.csv";


    private XxgkPaths() {
    }

    /** A sub-column of {@code xxgk/index.html}: its name, its page (empty when not linked) and what it holds. */
    public record Column(String label, String path, String description) {
        public boolean linked() {
            return !path.isEmpty();
        }
    }

    /** Whether {@code path} is one of the 目录's or 法定主动公开内容's outputs, which no static file or alias may take. */
    public static boolean isCatalogOutput(String path) {
        return path.startsWith(CATALOG) || path.startsWith(XXGK + "statutory/") || path.equals(CATALOG_JSON)
                || path.equals(CATALOG_CSV);
    }

    /** Whether {@code path} is one of the column's pages written on every build (the column, 指南, 制度, 依申请公开, 年报). */
    public static boolean isColumnPage(String path) {
        return path.equals(index()) || path.equals(guide()) || path.equals(rules()) || path.equals(apply())
                || path.equals(annualReports());
    }

    public static String index() {
        return XXGK + "index.html";
    }

    public static String guide() {
        return XXGK + "guide/index.html";
    }

    public static String rules() {
        return XXGK + "rules/index.html";
    }

    public static String apply() {
        return XXGK + "apply/index.html";
    }

    public static String statutory() {
        return XXGK + "statutory/index.html";
    }

    public static String catalog() {
        return XXGK + "catalog/index.html";
    }

    public static String annualReports() {
        return ANNUAL_REPORTS + "index.html";
    }

    public static String annualReport(int year) {
        return ANNUAL_REPORTS + year + "/index.html";
    }

    /** The standard sub-columns in the order government sites show them, then the 目录. */
    public static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("政府信息公开指南", guide(), "公开的方式和途径、依申请公开的办理程序、信息处理费、工作机构和联系方式"));
        columns.add(new Column("政府信息公开制度", rules(), "本机关政府信息公开工作遵循的法规和制度"));
        columns.add(new Column("法定主动公开内容", statutory(),
                "按《中华人民共和国政府信息公开条例》第二十条主动公开的信息"));
        columns.add(new Column("政府信息公开年报", annualReports(), "历年政府信息公开工作年度报告"));
        columns.add(new Column("依申请公开", apply(), "如何申请公开政府信息：程序、申请表和办理时限"));
        columns.add(new Column("政府信息公开目录", catalog(),
                "全部公开信息的索引号、名称、发布机构和日期"));
        return columns;
    }
}
