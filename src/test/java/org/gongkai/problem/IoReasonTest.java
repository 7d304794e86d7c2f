package org.gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

/** What the operating system says in English becomes our sentence; an unknown reason is quoted inside one. */
class IoReasonTest {

    private static String zh(IOException e) {
        return IoReason.of(e).in(Language.ZH);
    }

    @Test
    void theJdksExceptionTypesAreSaidInOurWords() {
        assertThat(zh(new NoSuchFileException("/x/site.yaml"))).isEqualTo("文件或文件夹不存在");
        assertThat(zh(new AccessDeniedException("/x/site.yaml"))).startsWith("没有读写它的权限");
        assertThat(zh(new MalformedInputException(1))).isEqualTo("文件的编码无法识别");
    }

    @Test
    void theSystemsReasonsOnLinuxAndWindowsAreRecognised() {
        assertThat(zh(new FileSystemException("/x/site/index.html", null, "No space left on device"))).startsWith("磁盘空间不足");
        assertThat(zh(new FileSystemException("C:\\site\\index.html", null,
                "The process cannot access the file because it is being used by another process"))).startsWith("文件正被另一个程序使用");
        assertThat(zh(new FileSystemException("C:\\site", null, "Access is denied"))).startsWith("没有读写它的权限");
        assertThat(zh(new FileSystemException("/x", null, "Read-only file system"))).isEqualTo("所在的磁盘是只读的");
        assertThat(zh(new IOException("Is a directory"))).isEqualTo("这是一个文件夹，不是文件");
    }

    @Test
    void anUnknownReasonIsQuotedAsTheSystemsWords() {
        assertThat(zh(new FileSystemException("/x", null, "Stale file handle"))).isEqualTo("操作系统的说明是「Stale file handle」");
        assertThat(IoReason.of(new FileSystemException("/x", null, "Stale file handle")).in(Language.EN))
                .isEqualTo("the operating system says 「Stale file handle」");
        assertThat(zh(new IOException())).isEqualTo("操作系统没有说明原因");
    }
}
