package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Summaries;
import org.gongkai.render.WrittenPage;
import org.gongkai.work.BuildWork;

/**
 * Publishes atomically: a build writes into {@code .<out>-staging-*} beside the output folder, and only
 * {@link #commit} swaps it in (two renames on one file system). A failed or killed build leaves the published
 * site exactly as it was; leftovers of a killed build are cleaned up, or restored, by the next one.
 */
public final class Publisher {

    private final Path out;
    /** The output folder as the user named it (site, or what --out gave), for messages. */
    private final String shown;
    /** The removal of the site that {@link #commit} swapped out, while the build writes its cache. */
    private Optional<BuildWork.Task<Boolean>> removal = Optional.empty();

    public Publisher(Path out) {
        this.shown = out.toString().replace('\\', '/');
        this.out = out.toAbsolutePath().normalize();
    }

    public Path out() {
        return out;
    }

    /** Creates a fresh staging folder, after tidying what a killed earlier build may have left. */
    public StagingSite open() {
        try {
            Files.createDirectories(out.getParent());
            recoverInterruptedSwap();
            removeLeftovers(".staging-");
            Path staging = out.resolveSibling("." + out.getFileName() + ".staging-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(staging);
            return new StagingSite(staging, shown, null);
        } catch (IOException e) {
            throw OutputFailure.of(shown, "publish.cannotStage", e);
        }
    }

    /**
     * The published folder itself, to be written in place: for the preview's rebuilds that render only some pages
     * (the preview's folder is served, not published; a request never sees half a file, but may see some pages of
     * a rebuild before others). {@link #commit} then removes the files the rebuild neither wrote nor took over.
     *
     * @param present the files the folder holds (as the last build left it)
     */
    public StagingSite openInPlace(Set<String> present) {
        return new StagingSite(out, shown, present);
    }

    /**
     * Writes feed.xml and the sitemap; both need absolute URLs, so callers skip this without base_url.
     *
     * @param summaries the summaries of the renderer that wrote the pages, so the feed says what the lists say
     */
    public void writeFeeds(PageSink staging, SiteConfig config, List<Report> newestFirst, List<WrittenPage> pages,
                           Summaries summaries) {
        staging.write(OutputPaths.FEED, FeedWriter.feed(config, newestFirst, summaries));
        for (Map.Entry<String, String> sitemap : SitemapWriter.sitemaps(config.baseUrl(), pages).entrySet()) {
            staging.write(sitemap.getKey(), sitemap.getValue());
        }
    }

    /**
     * Writes {@code robots.txt}, unless the site has its own in {@code content/static/} (a bureau's host may need
     * rules of its own): that one is copied as it is.
     */
    public void writeRobots(PageSink staging, Site site) {
        if (site.staticFiles().stream().noneMatch(file -> file.sitePath().equals(RobotsWriter.PATH))) {
            staging.write(RobotsWriter.PATH, RobotsWriter.robots(site.config()));
        }
    }

    /**
     * Compares the staged site with the published one, then swaps it in; the site it replaced is removed on a task of
     * {@code work} ({@link #finish}).
     *
     * @param published the published site's files, when the build knows them (else they are listed)
     */
    public Changes commit(StagingSite staging, Optional<Set<String>> published, BuildWork work) {
        if (staging.inPlace()) {
            return commitInPlace(staging);
        }
        Changes changes = ChangeDetector.compare(staging.files(), staging.carried(), staging.dir(), out, published);
        Path previous = out.resolveSibling("." + out.getFileName() + ".previous-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            boolean hadSite = Files.exists(out);
            if (hadSite) {
                move(out, previous);
            }
            try {
                move(staging.dir(), out);
            } catch (IOException e) {
                if (hadSite) {
                    move(previous, out);
                }
                throw e;
            }
            if (hadSite) {
                removal = Optional.of(work.fork(() -> removeQuietly(previous)));
            }
        } catch (IOException e) {
            throw OutputFailure.of(shown, "publish.cannotSwap", e);
        }
        return changes;
    }

    /** Waits until the site that {@link #commit} replaced is removed (what could not be, the next build removes). */
    public void finish() {
        removal.ifPresent(BuildWork.Task::join);
    }

    private static boolean removeQuietly(Path previous) {
        try {
            deleteTree(previous);
            return true;
        } catch (IOException e) {
            return false; // the site is published; the next build removes the leftover (recoverInterruptedSwap)
        }
    }

    /** Written in place: what was there and is no longer part of the site goes; the files written count as changed. */
    private Changes commitInPlace(StagingSite staging) {
        Set<String> kept = staging.files();
        List<String> removed = staging.present().stream().filter(path -> !kept.contains(path)).sorted().toList();
        removed.forEach(staging::remove);
        List<String> written = staging.writtenFiles(kept).stream().sorted().toList();
        return new Changes(List.of(), written, removed, kept.size() - written.size());
    }

    /** Drops the staging folder of a build that failed (written in place, what was written stays). */
    public void abandon(StagingSite staging) {
        if (staging.inPlace()) {
            return;
        }
        try {
            deleteTree(staging.dir());
        } catch (IOException e) {
            // The next build removes leftovers; the published site is untouched either way.
        }
    }

    /** If a build was killed between the two renames, the published site is still in the previous folder. */
    private void recoverInterruptedSwap() throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), "." + out.getFileName() + ".previous-*")) {
            for (Path previous : siblings) {
                if (!Files.exists(out)) {
                    move(previous, out);
                } else {
                    deleteTree(previous);
                }
            }
        }
    }

    private void removeLeftovers(String marker) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), "." + out.getFileName() + marker + "*")) {
            for (Path leftover : siblings) {
                deleteTree(leftover);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; also used by the preview for its temporary folder. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
