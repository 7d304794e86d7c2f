package org.gongkai.lint.data;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One amount from the aid or projects table.
 *
 * @param line the row's line in a CSV file, or its row number in an .xlsx sheet (the header is row 1)
 * @param name the programme (aid) or project name
 * @param program the programme column (for projects, the 项目类别)
 * @param amountWan the amount in 万元
 * @param nameBigrams the name's pairs of Han characters, to match names written longer or shorter
 */
public record DataRow(String file, int line, String name, String program, String region, int year, BigDecimal amountWan,
                      Set<String> nameBigrams, Set<String> programBigrams) {

    DataRow(String file, int line, String name, String program, String region, int year, BigDecimal amountWan) {
        this(file, line, name, program, region, year, amountWan, Names.bigrams(name),
                Names.bigrams(program));
    }
}
