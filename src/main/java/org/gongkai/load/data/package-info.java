/**
 * Load stage for {@code content/data/}: fees, projects and aid tables from CSV (UTF-8, UTF-8 with BOM or
 * GBK/GB18030, detected) or .xlsx, validated row by row into model records. Every problem names its cell as
 * {@code file:line:column} (column = the 1-based column number) and the column's name. Entry point:
 * {@link org.gongkai.load.data.DataLoader}.
 */
package org.gongkai.load.data;
