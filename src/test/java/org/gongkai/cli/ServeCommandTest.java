package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void badOptionsAreUsageErrors() {
        TestSite site = TestSite.withConfig("");
        assertThat(site.cli("serve", "--port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun bind = site.cli("serve", "--bind", "no-such-host.invalid");
        assertThat(bind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bind.err()).contains("--bind no-such-host.invalid");
    }

    @Test
    void folderWithoutContentIsBadInputWithAHint() throws IOException {
        Path empty = Files.createTempDirectory("gongkai-empty-");
        CliRun run = CliRun.run("serve", "--port", "0", "--source", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("it has no content/ folder").contains("  hint: ");
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(CliRun.run("serve", "--help").out()).contains("--port", "--bind", "--[no-]drafts", "--source");
        assertThat(CliRun.run("--help").out()).contains("serve", "new");
    }

    @Test
    void draftsAreShownUnlessNoDraftsIsGiven() {
        assertThat(parsed().drafts).isTrue();
        assertThat(parsed("--no-drafts").drafts).isFalse();
        assertThat(parsed("--drafts").drafts).isTrue();
        assertThat(parsed().port).isEqualTo(1313);
        assertThat(parsed().bind).isEqualTo("127.0.0.1");
    }

    @Test
    @Timeout(60) // a broken --open would wait for Ctrl-C forever
    void openCallsTheOpenerWithThePrintedAddressAndServesOn() throws Exception {
        TestSite site = TestSite.withConfig("");
        List<URI> opened = new ArrayList<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = runServe(site, out, err, serve -> address -> {
            opened.add(address);
            serve.stopped.countDown(); // stop as Ctrl-C would, once the browser was asked
        });

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(opened).singleElement().asString().startsWith("http://127.0.0.1:");
        assertThat(out.toString()).contains(opened.get(0).toString());
        assertThat(err.toString()).doesNotContain("浏览器");
    }

    @Test
    @Timeout(60) // a broken --open would wait for Ctrl-C forever
    void aBrowserThatDoesNotOpenOnlyPrintsALine() throws Exception {
        TestSite site = TestSite.withConfig("");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = runServe(site, out, err, serve -> address -> {
            serve.stopped.countDown();
            throw new IOException("xdg-open did not open a browser");
        });

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(err.toString().lines().filter(line -> line.contains("浏览器"))).singleElement().asString()
                .matches("无法自动打开浏览器，请自己在浏览器中打开 http://127\\.0\\.0\\.1:\\d+/；预览照常进行");
        assertThat(out.toString()).contains("http://127.0.0.1:");
    }

    @Test
    void withoutOpenNoBrowserIsAsked() {
        assertThat(parsed().open).isFalse();
        assertThat(parsed("--open").open).isTrue();
    }

    /** serve --open in this JVM, with {@code opener} in place of the system's browser. */
    private static int runServe(TestSite site, StringWriter out, StringWriter err,
            java.util.function.Function<ServeCommand, BrowserOpener> opener) {
        CommandLine cli = new CommandLine(new Main());
        ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
        serve.opener = opener.apply(serve);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("serve", "--open", "--port", "0", "--source", site.root().toString());
    }

    private static ServeCommand parsed(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return (ServeCommand) new CommandLine(new Main()).parseArgs(all).subcommand().commandSpec().userObject();
    }

    /** Runs the real command in its own JVM and stops it as Ctrl-C does (a signal that runs the shutdown hooks). */
    @Test
    void serveRunsUntilStoppedAndCleansUp() throws Exception {
        TestSite site = TestSite.withConfig("""
                -- content/reports/r.md --
                ---
                title: 报告
                date: 2011-12-30
                year: 2011
                period: 全年
                category: 年度总结
                department: 局
                draft: true
                ---
                正文。
                """);
        Path tmp = Files.createTempDirectory("gongkai-serve-tmp-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.gongkai.cli.Main",
                "serve", "--port", "0", "--source", site.root().toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            for (String line = reader.readLine(); line != null && url == null; line = reader.readLine()) {
                output.add(line);
                if (line.startsWith("serving at ")) {
                    url = line.substring("serving at ".length()).split(" ")[0];
                }
            }
            assertThat(url).as(String.join("\n", output)).startsWith("http://127.0.0.1:");
            assertThat(output).contains("building the preview of " + site.root().toAbsolutePath().normalize() + " (drafts shown) …");
            HttpResponse<String> report = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url).resolve("reports/r/")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(report.body()).contains("草稿");
            assertThat(previewFolders(tmp)).hasSize(1);

            process.toHandle().destroy();
            // the output ends when the process has run its shutdown hook and exited
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(output).contains("preview stopped; its temporary folder is removed");
        assertThat(previewFolders(tmp)).isEmpty();
        assertThat(site.root().resolve("site")).as("serve never builds into site/").doesNotExist();
    }

    private static List<Path> previewFolders(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("gongkai-preview-")).toList();
        }
    }
}
