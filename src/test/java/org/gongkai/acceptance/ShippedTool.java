package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tool as it ships: the {@code gongkai} launcher and {@code target/gongkai.jar} with its {@code lib/}, each
 * run in a fresh process as a user runs it (from the site's folder), never the classes of the test classpath.
 * The tests run after {@code mvn package}, so a library missing from {@code target/lib} fails them.
 */
final class ShippedTool {

    /** The project folder; {@code -Dgongkai.home} points the suite at another checkout's packaged tool. */
    static final Path HOME = Path.of(System.getProperty("gongkai.home", System.getProperty("user.dir")))
            .toAbsolutePath().normalize();
    static final Path LAUNCHER = HOME.resolve("gongkai");
    static final Path JAR = HOME.resolve("target/gongkai.jar");

    private ShippedTool() {
    }

    /** Runs {@code ./gongkai ARGS} in {@code dir}. */
    static Run gongkai(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        return run(dir, command, Map.of());
    }

    /** Runs {@code java -jar target/gongkai.jar ARGS} in {@code dir}, without the launcher's flags. */
    static Run jar(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(dir, command, Map.of());
    }

    static Run run(Path dir, List<String> command, Map<String, String> env) {
        return start(dir, command, env).finish();
    }

    /** Starts the tool and returns at once, for tests that run two at a time. */
    static Started start(Path dir, List<String> command, Map<String, String> env) {
        assertThat(JAR).as("the packaged tool; run mvn package first").exists();
        try {
            Path out = Files.createTempFile("gongkai-out-", ".txt");
            Path err = Files.createTempFile("gongkai-err-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("GONGKAI_JAVA_OPTS");
            // the suite asserts the English texts unless a test asks for Chinese, the users' default
            builder.environment().put("GONGKAI_LANG", "en");
            builder.environment().putAll(env);
            return new Started(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running tool whose output goes to two files, as when a user redirects it. */
    record Started(Process process, Path out, Path err) {

        Run finish() {
            try {
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the tool did not finish within 180 s");
                }
                Run run = new Run(process.exitValue(), utf8(Files.readAllBytes(out), "stdout"),
                        utf8(Files.readAllBytes(err), "stderr"));
                Files.delete(out);
                Files.delete(err);
                return run;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Output to a file or pipe must be UTF-8 whatever the machine's default: decoded strictly. */
    private static String utf8(byte[] bytes, String stream) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("the tool's " + stream + " is not UTF-8 when redirected", e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Exit code and output of one run. */
    record Run(int exitCode, String out, String err) {

        /** No stack trace, no Java exception name: what a user must never see. */
        Run assertNoTrace() {
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread")
                    .doesNotContainPattern("\\bjava\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)\\b");
            assertThat(out).doesNotContain("\tat ");
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
