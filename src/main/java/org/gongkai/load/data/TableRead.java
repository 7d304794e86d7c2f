package org.gongkai.load.data;

import java.util.List;
import java.util.Optional;

/**
 * What reading a data file gave besides its rows.
 *
 * @param complete the file was read to its end (else its problem has been reported)
 * @param text a CSV file's decoded text, line ends as LF; empty for a workbook or an encoding we do not read
 * @param header a CSV file's first row as written
 */
record TableRead(boolean complete, Optional<String> text, List<String> header) {

    static TableRead workbook(boolean complete) {
        return new TableRead(complete, Optional.empty(), List.of());
    }
}
