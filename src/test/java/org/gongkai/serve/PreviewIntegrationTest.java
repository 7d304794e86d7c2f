package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongkai.build.BuildListener;
import org.gongkai.build.Stage;
import org.gongkai.testing.TestSite;

class PreviewIntegrationTest {

    private Preview preview;
    private final Rebuilds rebuilds = new Rebuilds();

    static String report(String slug, String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n" + extra + "---\n## 一、主要工作\n\n正文" + slug + "。\n";
    }

    private static TestSite site() {
        return TestSite.withConfig("")
                .file("content/reports/2011/a.md", report("a", "报告甲", "2011-12-30", "tags: [学生资助]\n"))
                .file("content/reports/2012/b.md", report("b", "报告乙", "2012-06-30", ""))
                .file("content/pages/about.md", "---\ntitle: 关于我们\n---\n简介。\n");
    }

    private PreviewClient start(TestSite site) {
        return start(PreviewOptions.of(site.root()).withPort(0), Preview.QUIET);
    }

    private PreviewClient start(PreviewOptions options, Duration quiet) {
        return start(options, quiet, BuildListener.SILENT);
    }

    private PreviewClient start(PreviewOptions options, Duration quiet, BuildListener fullBuilds) {
        preview = Preview.start(options, rebuilds, quiet, fullBuilds);
        Rebuild first = rebuilds.next();
        assertThat(first.full()).isTrue();
        return new PreviewClient(preview);
    }

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void servesTheBuiltSiteWithUtf8ContentTypesAndTheReloadScript() {
        PreviewClient client = start(site());

        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("报告甲").contains("new EventSource(\"/__gongkai/events\")");
        assertThat(client.get("/assets/css/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(client.page("/reports/a/").selectFirst("h1").text()).isEqualTo("报告甲");
        // the script is added when serving: the built files stay as a build writes them
        assertThat(preview.outputDir().resolve("index.html")).content().doesNotContain("EventSource");
    }

    @Test
    void editedReportSendsReloadAndServesTheNewContent() {
        TestSite site = site();
        PreviewClient client = start(site);
        PreviewClient.EventStream events = client.events();
        assertThat(events.await("hello")).isEqualTo("1");

        site.file("content/reports/2011/a.md", report("a", "报告甲（修订）", "2011-12-30", "tags: [学生资助]\n"));

        Rebuild rebuild = rebuilds.next();
        assertThat(rebuild.full()).isFalse();
        assertThat(rebuild.files()).containsExactly("content/reports/2011/a.md");
        assertThat(events.await("reload")).isEqualTo("2");
        assertThat(client.page("/reports/a/").selectFirst("h1").text()).isEqualTo("报告甲（修订）");
        // the lists that show it and its neighbour's previous/next link follow
        assertThat(client.page("/reports/").select("main a").eachText()).contains("报告甲（修订）");
        assertThat(client.page("/reports/b/").select(".prev-next a").eachText()).containsExactly("报告甲（修订）");
    }

    @Test
    void buildNumberIsAShortAnswerThatFollowsTheRebuilds() {
        TestSite site = site();
        PreviewClient client = start(site);

        HttpResponse<String> first = client.get("/__gongkai/generation");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(first.body()).isEqualTo("1");
        assertThat(client.get("/").body()).contains("var shown = \"1\"");

        site.file("content/reports/2011/a.md", report("a", "报告甲（修订）", "2011-12-30", ""));
        assertThat(rebuilds.next().failed()).isFalse();

        assertThat(client.get("/__gongkai/generation").body()).isEqualTo("2");
        assertThat(client.get("/").body()).contains("var shown = \"2\"");
    }

    @Test
    void brokenEditShowsTheProblemsOverTheLastGoodPageAndTheFixBringsItBack() {
        TestSite site = site();
        PreviewClient client = start(site);
        PreviewClient.EventStream events = client.events();

        site.file("content/reports/2011/a.md", report("a", "报告甲（坏）", "2011-12-30", "").replace("category: 工作汇报", "category: 年终总结"));
        Rebuild broken = rebuilds.next();
        assertThat(broken.failed()).isTrue();
        events.await("reload");

        Document page = client.page("/reports/a/");
        assertThat(page.selectFirst("h1").text()).isEqualTo("报告甲");
        assertThat(page.select("#gongkai-problems li")).hasSize(1);
        assertThat(page.selectFirst("#gongkai-problems .gk-where").text()).isEqualTo("content/reports/2011/a.md:6:11");
        assertThat(page.selectFirst("#gongkai-problems .gk-message").text()).contains("「年终总结」 is not one of the allowed values");
        assertThat(page.selectFirst("#gongkai-problems .gk-hint").text()).startsWith("hint: use one of: 年度总结");
        assertThat(client.page("/reports/b/").select("#gongkai-problems")).as("every page shows it").hasSize(1);

        site.file("content/reports/2011/a.md", report("a", "报告甲（改好）", "2011-12-30", ""));
        assertThat(rebuilds.next().failed()).isFalse();
        events.await("reload");
        Document fixed = client.page("/reports/a/");
        assertThat(fixed.select("#gongkai-problems")).isEmpty();
        assertThat(fixed.selectFirst("h1").text()).isEqualTo("报告甲（改好）");
    }

    @Test
    void firstBuildWithErrorsStillStartsAndShowsThem() {
        TestSite site = TestSite.of("-- content/site.yaml --\ntitle: 站\n");
        preview = Preview.start(PreviewOptions.of(site.root()).withPort(0), rebuilds);
        assertThat(rebuilds.next().failed()).isTrue();
        PreviewClient client = new PreviewClient(preview);

        HttpResponse<String> response = client.get("/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("gongkai-problems").contains("content/site.yaml");

        site.file("content/site.yaml", "title: 站\nbureau: 局\n");
        assertThat(rebuilds.next().failed()).isFalse();
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void siteYamlChangeRebuildsEverything() {
        TestSite site = site();
        PreviewClient client = start(site);

        site.file("content/site.yaml", "title: 新站名\nbureau: 测试县教育局\n");

        Rebuild rebuild = rebuilds.next();
        assertThat(rebuild.full()).isTrue();
        assertThat(client.page("/reports/b/").selectFirst(".site-title").text()).isEqualTo("新站名");
    }

    @Test
    void newAndDeletedReportsAppearAndDisappear() {
        TestSite site = site();
        PreviewClient client = start(site);

        site.file("content/reports/2013/c.md", report("c", "报告丙", "2013-01-05", ""));
        Rebuild added = rebuilds.next();
        assertThat(added.failed()).isFalse();
        assertThat(added.full()).as("a new folder of reports needs no full build").isFalse();
        assertThat(client.page("/reports/c/").selectFirst("h1").text()).isEqualTo("报告丙");
        assertThat(client.page("/reports/2013/").select("main a").eachText()).contains("报告丙");

        site.delete("content/reports/2011/a.md");
        assertThat(rebuilds.next().failed()).isFalse();
        assertThat(client.get("/reports/a/").statusCode()).isEqualTo(404);
        assertThat(client.get("/reports/2011/").statusCode()).as("the year list went with its only report").isEqualTo(404);
        assertThat(client.page("/").select("main a").eachText()).doesNotContain("报告甲");
    }

    @Test
    void quickSavesGiveOneRebuild() {
        TestSite site = site();
        start(PreviewOptions.of(site.root()).withPort(0), Duration.ofSeconds(1));

        site.file("content/reports/2011/a.md", report("a", "甲1", "2011-12-30", ""));
        site.file("content/reports/2012/b.md", report("b", "乙1", "2012-06-30", ""));
        site.file("content/reports/2011/a.md", report("a", "甲2", "2011-12-30", ""));

        Rebuild rebuild = rebuilds.next();
        assertThat(rebuild.files()).containsExactlyInAnyOrder("content/reports/2011/a.md", "content/reports/2012/b.md");
        assertThat(rebuilds.nextWithin(Duration.ofMillis(1500))).isEmpty();
    }

    @Test
    void editorSwapFilesCauseNoRebuild() {
        TestSite site = site();
        start(site);

        site.file("content/reports/2011/.a.md.swp", "swap");
        site.file("content/reports/2011/a.md~", "backup");
        site.file("content/reports/2012/b.md", report("b", "乙1", "2012-06-30", ""));

        assertThat(rebuilds.next().files()).containsExactly("content/reports/2012/b.md");
    }

    @Test
    void draftsAreShownWithABadgeUnlessHidden() {
        TestSite site = site().file("content/reports/2013/d.md", report("d", "报告丁", "2013-03-01", "draft: true\n"));
        PreviewClient client = start(site);
        assertThat(client.page("/reports/d/").select("h1 .badge-draft").text()).isEqualTo("草稿");
        preview.close();

        client = start(PreviewOptions.of(site.root()).withPort(0).withDrafts(false), Preview.QUIET);
        assertThat(client.get("/reports/d/").statusCode()).isEqualTo(404);
    }

    @Test
    void requestsOutsideTheOutputFolderGetNotFound() throws IOException {
        PreviewClient client = start(site());

        assertThat(client.rawStatus("/../../../../etc/passwd")).isEqualTo(404);
        assertThat(client.rawStatus("/reports/../../index.html")).isEqualTo(404);
        assertThat(client.rawStatus("/%2e%2e/%2e%2e/etc/passwd")).isEqualTo(404);
        assertThat(client.rawStatus("/reports/%2E%2E/%2e%2e/x")).isEqualTo(404);
        assertThat(client.rawStatus("/..%2f..%2fetc%2fpasswd")).isEqualTo(404);
        assertThat(client.rawStatus("/reports%5c..%5c..%5cindex.html")).isEqualTo(404);
        assertThat(client.rawStatus("/assets/css/site.css%00.html")).isEqualTo(404);
        assertThat(client.rawStatus("/reports/a/index.html")).as("a normal request still works").isEqualTo(200);

        Path outside = Files.createTempDirectory("gongkai-outside-");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        try {
            Files.createSymbolicLink(preview.outputDir().resolve("leak.txt"), outside.resolve("secret.txt"));
            Files.createSymbolicLink(preview.outputDir().resolve("leak"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        assertThat(client.rawStatus("/leak.txt")).isEqualTo(404);
        assertThat(client.rawStatus("/leak/secret.txt")).isEqualTo(404);
    }

    @Test
    void linksToThePublishedAddressLeadBackIntoThePreview() {
        TestSite site = site().file("content/site.yaml", "title: 站\nbureau: 局\nbase_url: https://jyj.example.gov.cn/\n");
        PreviewClient client = start(site);

        Document page = client.page("/reports/a/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(preview.url() + "reports/a/");
        assertThat(client.get("/404.html").body()).doesNotContain("jyj.example.gov.cn");
        assertThat(preview.outputDir().resolve("reports/a/index.html")).content()
                .contains("<link rel=\"canonical\" href=\"https://jyj.example.gov.cn/reports/a/\">");
    }

    @Test
    void unknownPathsGetTheSitesNotFoundPage() {
        PreviewClient client = start(site());

        HttpResponse<String> response = client.get("/reports/no-such-report/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).contains("页面未找到").contains("EventSource");
    }

    @Test
    void folderWithoutSlashRedirectsSoRelativeLinksWork() {
        PreviewClient client = start(site());

        HttpResponse<String> response = client.get("/reports/a");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/reports/a/");
    }

    @Test
    void takenPortMovesToTheNextFreeOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assumeTrue(port < 65535 - PreviewServer.PORTS_TO_TRY);

            start(PreviewOptions.of(site().root()).withPort(port), Preview.QUIET);

            assertThat(preview.port()).isNotEqualTo(port).isGreaterThan(port);
            assertThat(rebuilds.portsTaken).singleElement().satisfies(p -> assertThat(p).containsExactly(port, preview.port()));
        }
    }

    @Test
    void onlyAnExplicitBindAddressIsReachableFromTheNetwork() throws IOException {
        TestSite site = site();
        start(site);
        assertThat(preview.reachableFromNetwork()).isFalse();
        assertThat(preview.networkUrls()).isEmpty();
        preview.close();

        start(new PreviewOptions(site.root(), 0, InetAddress.getByName("0.0.0.0"), true), Preview.QUIET);
        assertThat(preview.reachableFromNetwork()).isTrue();
        assertThat(preview.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(new PreviewClient(preview).get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void closingRemovesTheTemporaryFolder() {
        start(site());
        Path output = preview.outputDir();
        assertThat(output.resolve("index.html")).exists();

        preview.close();

        assertThat(output.getParent()).doesNotExist();
    }

    /**
     * Ctrl-C during a full rebuild: the rebuild is held after rendering into its staging folder and before
     * publishing into the temporary folder, and close() is called then. Closing must wait for it (deleting the
     * folder under it left a copy of the site behind), then remove the folder.
     */
    @Test
    void closingDuringAFullRebuildWaitsForItAndThenRemovesTheTemporaryFolder() throws Exception {
        AtomicBoolean hold = new AtomicBoolean();
        CountDownLatch midway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        BuildListener holdBeforePublishing = new BuildListener() {
            @Override
            public void stage(Stage stage, IntSupplier done) {
                if (stage == Stage.PUBLISH && hold.get()) {
                    midway.countDown();
                    awaitLatch(resume);
                }
            }

            @Override
            public void finished() {
            }
        };
        TestSite site = site();
        start(PreviewOptions.of(site.root()).withPort(0), Preview.QUIET, holdBeforePublishing);
        Path output = preview.outputDir();
        hold.set(true);
        // a real change: a build with nothing to do publishes nothing
        site.file("content/pages/about.md", "---\ntitle: 关于我们\n---\n新的简介。\n");
        Thread rebuilding = new Thread(() -> preview.rebuild(new ChangeSet(true, Set.of(), List.of("content/site.yaml"))));
        Thread closing = new Thread(preview::close);
        rebuilding.setDaemon(true);
        closing.setDaemon(true);
        try {
            rebuilding.start();
            awaitLatch(midway);
            closing.start();
            long deadline = System.nanoTime() + Rebuilds.TIMEOUT.toNanos();
            while (!preview.closeWaitsForRebuild(closing)) {
                assertThat(closing.isAlive()).as("close() returned while a rebuild was under way").isTrue();
                assertThat(System.nanoTime()).as("close() waits for the rebuild within " + Rebuilds.TIMEOUT).isLessThan(deadline);
                Thread.onSpinWait();
            }
            assertThat(output).as("not deleted under the rebuild").isDirectory();
        } finally {
            resume.countDown();
        }
        rebuilding.join(Rebuilds.TIMEOUT.toMillis());
        closing.join(Rebuilds.TIMEOUT.toMillis());

        assertThat(rebuilding.isAlive()).isFalse();
        assertThat(closing.isAlive()).isFalse();
        Rebuild held = rebuilds.next();
        assertThat(held.full()).isTrue();
        assertThat(held.failed()).isFalse();
        assertThat(output.getParent()).doesNotExist();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(Rebuilds.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).as("latch within " + Rebuilds.TIMEOUT).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noContentFolderIsAClearError() throws IOException {
        Path empty = Files.createTempDirectory("gongkai-empty-");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Preview.start(PreviewOptions.of(empty).withPort(0), rebuilds))
                .isInstanceOf(PreviewException.class)
                .hasMessageContaining("no content/ folder")
                .satisfies(e -> assertThat(((PreviewException) e).hint()).contains("gongkai new site"));
    }
}
