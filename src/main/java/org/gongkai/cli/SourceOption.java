package org.gongkai.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command that reads a site. */
final class SourceOption {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            descriptionKey = "option.source")
    Path dir;
}
