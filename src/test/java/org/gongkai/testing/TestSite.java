package org.gongkai.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.cli.Main;
import org.gongkai.problem.BuildFailedException;

/**
 * A site written inline, in the txtar style Hugo's tests use: a line {@code -- path --} starts a file that runs
 * to the next marker; text before the first marker is a comment. Binary files (GBK, BOM, CRLF) are added with
 * {@link #file(String, byte[])}.
 *
 * <pre>
 * var site = TestSite.of("""
 *     -- content/site.yaml --
 *     title: 测试站
 *     bureau: 测试县教育局
 *     """).build();
 * </pre>
 */
public final class TestSite {

    /** The smallest valid site.yaml, for tests about something else. */
    public static final String SITE_YAML = "-- content/site.yaml --\ntitle: 测试县教育局信息公开\nbureau: 测试县教育局\n";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private Path root;

    private TestSite() {
    }

    public static TestSite of(String txtar) {
        TestSite site = new TestSite();
        site.parse(txtar);
        return site;
    }

    /** A site with {@link #SITE_YAML} plus the given files. */
    public static TestSite withConfig(String txtar) {
        return of(SITE_YAML + txtar);
    }

    private void parse(String txtar) {
        String path = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) {
                    files.put(path, body.toString().getBytes(StandardCharsets.UTF_8));
                }
                path = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path != null) {
            String text = body.toString();
            // the split leaves one newline too many at the very end of the block
            files.put(path, (text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text).getBytes(StandardCharsets.UTF_8));
        }
    }

    public TestSite file(String path, byte[] content) {
        files.put(path, content.clone());
        if (root != null) {
            writeFile(path, content);
        }
        return this;
    }

    public TestSite file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite delete(String path) {
        files.remove(path);
        try {
            Files.deleteIfExists(root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The site root on disk (a fresh temporary folder, written on first use). */
    public Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("gongkai-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.forEach(this::writeFile);
        }
        return root;
    }

    private void writeFile(String path, byte[] content) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildOptions options() {
        return BuildOptions.of(root());
    }

    /** Builds into {@code site/}; fails the test with the problems when the build fails. */
    public BuiltSite build() {
        return build(options());
    }

    public BuiltSite build(BuildOptions options) {
        try {
            BuildResult result = new SiteBuild().run(options);
            return new BuiltSite(options.out(), result);
        } catch (BuildFailedException e) {
            throw new AssertionError("build failed:\n" + String.join("\n", e.problems().stream().map(Object::toString).toList()), e);
        }
    }

    /** Builds and expects failure; returns the exception with every problem. */
    public BuildFailedException buildExpectingFailure() {
        try {
            new SiteBuild().run(options());
        } catch (BuildFailedException e) {
            return e;
        }
        throw new AssertionError("the build was expected to fail but succeeded");
    }

    /** Runs the CLI in this site's root: {@code run("build")} adds {@code --source ROOT}. */
    public CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--source";
        full[args.length + 1] = root().toString();
        return CliRun.run(full);
    }

    /** Exit code and output of one CLI run. */
    public record CliRun(int exitCode, String out, String err) {
        public static CliRun run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CliRun(code, out.toString(), err.toString());
        }
    }
}
