package org.gongkai.cli;

import org.gongkai.problem.Language;
import org.gongkai.problem.Text;

import picocli.CommandLine;

/** {@code --lang zh|en} (zh-CN, en-US … too); anything else is a usage error. */
final class LanguageOption implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.parse(value).orElseThrow(() -> new UsageError.BadValue(Text.of("cli.usage.language", value)));
    }
}
