package org.gongkai.render.data;

/**
 * How a number column of an .xlsx download is shown: each is a cell style of {@link XlsxFile}'s styles.xml. The
 * cell holds the exact number either way; the format only decides what Excel and WPS display.
 */
enum CellFormat {

    /** Years, counts, areas: Excel's General (2012, 4330), never 2,012.00. */
    PLAIN(0),
    /**
     * 元: two decimals with thousands separators, Excel's built-in format 4 {@code #,##0.00} (600.00, 1,200.50), the
     * form 数值 with 千位分隔符 and financial tables use; without a format Excel shows 600.
     */
    YUAN(2),
    /**
     * 万元: four decimals ({@code #,##0.0000}), that is to the 元. The data keep the seeds' decimals, and some have
     * three (1749.375万元, a loan total): two decimals would show 1,749.38, a figure the data do not say.
     */
    WAN(3);

    /** The index of the cell's style in styles.xml's {@code cellXfs}. */
    final int style;

    CellFormat(int style) {
        this.style = style;
    }
}
