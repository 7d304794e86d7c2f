package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index files' strings: JSON that a script file can hold, read back as written. */
class CodecTest {

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        Codec.string(value, out);
        return out.toString();
    }

    @Test
    void onlyWhatJsonOrAScriptCannotHoldIsEscaped() {
        assertThat(json("")).isEqualTo("\"\"");
        assertThat(json("校安工程4765万元")).isEqualTo("\"校安工程4765万元\"");
        assertThat(json("a\"b\\c\nd\re\tf<g\u0001h\u2028i\u2029j"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u003cg\\u0001h\\u2028i\\u2029j\"");
        // a pair of surrogates stays as it is, a lone one is escaped
        assertThat(json("𠀀x\uD800y\uDC00")).isEqualTo("\"𠀀x\\ud800y\\udc00\"");
        assertThat(json("<开头")).isEqualTo("\"\\u003c开头\"");
    }

    @Test
    void aStringReadsBackAsWritten() {
        for (String value : new String[] {"", "校安\"工程\"", "\\路径\\", "<b>\n\t", "𠀀末尾", "\u2028"}) {
            int[] at = {0};
            String written = json(value);
            assertThat(Codec.readString(written, at)).isEqualTo(value);
            assertThat(at[0]).isEqualTo(written.length());
        }
    }
}
