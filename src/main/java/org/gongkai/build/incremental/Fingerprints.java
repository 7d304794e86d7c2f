package org.gongkai.build.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.gongkai.model.Report;

/** The hashes a build compares with the last one's. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * Which Gongkai this is: the packaged jar's size and time (a new version, or a rebuilt one, renders anew); from
     * classes on disk (tests, an IDE), a value that matches no cache written from a jar.
     */
    public static String tool() {
        try {
            Path code = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar:" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
            return "classes:" + code;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * A report as it was loaded: every field, the body and the front matter as written included. Written out field by
     * field rather than by {@code toString}: the front matter's key lines are an unordered map, whose order differs
     * from one run of Java to the next (they follow from the front matter's text, which is here).
     */
    public static String report(Report r) {
        return new TextHash().add(String.valueOf(List.of(r.slug(), r.sourcePath(), r.title(), r.date(), r.year(),
                        r.period(), r.category(), r.department(), r.tags(), r.summary(), r.draft(), r.aliases(),
                        r.attachments(), r.bodyLine(), r.frontMatter().firstLine(), r.checkIgnore(), r.meta())))
                .add(r.frontMatter().yaml()).add(r.body()).hex();
    }

    /** What a report's page shows of the others ({@code SiteRenderer.pageContext}) and of the sections. */
    public static String context(String pageContext, String sections) {
        return new TextHash().add(pageContext).add(sections).hex();
    }

    /**
     * What the pages other than a report's own show of the reports, in the order given: every field the loader read
     * but the body and its lines, and the summary ({@code summaryOf}, which may come from the body).
     */
    public static String listing(List<Report> reports, Function<Report, String> summaryOf) {
        MessageDigest digest = sha256();
        for (Report r : reports) {
            String fields = String.valueOf(List.of(r.slug(), r.sourcePath(), r.title(), r.date(), r.year(), r.period(),
                    r.category(), r.department(), r.tags(), r.summary(), r.draft(), r.aliases(), r.attachments(),
                    r.meta(), summaryOf.apply(r)));
            digest.update(fields.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What the report index is made of, in the order given: what a report page shows of the others (its neighbours,
     * the reports of its year, its lists' addresses) follows from it and from the sections.
     */
    public static String index(List<Report> reports, String sections) {
        MessageDigest digest = sha256();
        digest.update(sections.getBytes(StandardCharsets.UTF_8));
        for (Report r : reports) {
            String fields = String.valueOf(List.of(r.slug(), r.sourcePath(), r.title(), r.date(), r.year(), r.period(),
                    r.category(), r.department(), r.tags(), r.draft()));
            digest.update(fields.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Every file under {@code folders} (names and bytes) but the report files, which are compared one by one, and
     * {@code options}: the inputs that, changed, make a build a full one.
     *
     * @param root the site root, which the files' names are taken from
     * @param reports the reports folder: its {@code .md} files are left out, its other files (attachments) are not
     */
    public static String inputs(Path root, List<Path> folders, Path reports, String options) {
        MessageDigest digest = sha256();
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                List<Path> files = walk.filter(Files::isRegularFile)
                        .filter(file -> !(file.startsWith(reports) && file.getFileName().toString().endsWith(".md")))
                        .sorted()
                        .toList();
                for (Path file : files) {
                    digest.update(('\n' + root.relativize(file).toString().replace('\\', '/') + '\n').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
