package org.gongkai.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset the tool prints in: the console's own when it prints to one (GBK, code page 936, on a Chinese
 * Windows, which shows UTF-8 as mojibake), UTF-8 when its output goes to a file or a pipe (logs, CI, an
 * editor), whatever the machine's default.
 */
final class OutputCharset {

    private OutputCharset() {
    }

    /** @param console {@link System#console()}: null when the output is redirected */
    static Charset of(Console console) {
        return console == null ? StandardCharsets.UTF_8 : console.charset();
    }
}
