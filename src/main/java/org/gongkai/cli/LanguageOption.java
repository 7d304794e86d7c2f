package org.gongkai.cli;

import org.gongkai.problem.Language;

import picocli.CommandLine;

/** {@code --lang zh|en} (zh-CN, en-US … too); anything else is a usage error. */
final class LanguageOption implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "「" + value + "」: zh | en"));
    }
}
