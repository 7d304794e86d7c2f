package org.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.gongkai.problem.Problems;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void utf8WithAReplacementCharacterOfItsOwnIsRead() {
        Problems problems = new Problems();
        byte[] bytes = "第一行\r\n替换符\uFFFD照常\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decodeUtf8(bytes, "a.md", problems)).contains("第一行\n替换符\uFFFD照常\n");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnItsLine() {
        Problems problems = new Problems();
        byte[] good = "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
        bytes[good.length + 1] = (byte) 0x28;
        assertThat(SourceText.decodeUtf8(bytes, "a.md", problems)).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.message()).startsWith("the file is not UTF-8");
        });
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] text = "标题".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(SourceText.decodeUtf8(bytes, "a.md", new Problems())).contains("标题");
    }
}
