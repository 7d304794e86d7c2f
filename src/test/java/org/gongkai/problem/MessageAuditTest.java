package org.gongkai.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The suite's check that every problem is said in Chinese (surefire switches it on for every test): the values a
 * message quotes do not count, its own words must be Chinese.
 */
class MessageAuditTest {

    private static final SourcePosition AT = SourcePosition.of("content/site.yaml", 3);

    @Test
    void isOnForTheTestSuite() {
        assertThat(MessageAudit.enabled()).as("surefire sets " + MessageAudit.PROPERTY).isTrue();
    }

    @Test
    void aProblemWhoseOnlyWordsAreAValueIsRefused() {
        assertThatThrownBy(() -> Problem.error(AT, Text.literal("cannot read the file"), Text.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not Chinese");
    }

    @Test
    void aChineseSentenceQuotingEnglishPassesAndOnlyItsOwnWordsCount() {
        Text message = Text.of("load.file.unreadable", IoReason.of(new java.nio.file.FileSystemException("/x", null, "Stale file handle")));

        assertThat(Problem.error(AT, message, Text.NONE).message(Language.ZH)).isEqualTo("无法读取文件：操作系统的说明是「Stale file handle」");
        assertThat(MessageAudit.withoutValues(message)).isEqualTo("无法读取文件：操作系统的说明是「」");
    }

    @Test
    void aCommandToTypeOrCodeIsNotAnEnglishSentence() {
        assertThat(MessageAudit.isChinese("请在网站的文件夹中运行；gongkai new site DIR 可以新建网站")).isTrue();
        assertThat(MessageAudit.isChinese("请写成 `tags: [a, b, c, d]`")).isTrue();
        assertThat(MessageAudit.isChinese("无法读取：the file cannot be read")).isFalse();
        assertThat(MessageAudit.isChinese("cannot read the file")).isFalse();
    }
}
