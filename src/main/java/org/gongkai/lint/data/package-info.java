/**
 * The data tables as the content rules compare a report with them ({@link org.gongkai.lint.data.DataTables}, built
 * from what the loader read), grouped by region and year and indexed by the names' bigrams.
 */
package org.gongkai.lint.data;
