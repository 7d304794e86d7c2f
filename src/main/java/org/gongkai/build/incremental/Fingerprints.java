package org.gongkai.build.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.gongkai.model.Attachment;
import org.gongkai.model.CheckIgnore;
import org.gongkai.model.ItemMeta;
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
     * A report as it was loaded: every field, the body and the front matter as written included. Taken field by field
     * (no {@code toString}: the front matter's key lines are an unordered map, whose order differs from one run of
     * Java to the next; they follow from the front matter's text, which is here).
     */
    public static String report(Report r) {
        TextHash hash = listed(new TextHash(), r).add(r.bodyLine()).add(r.frontMatter().firstLine())
                .add(r.checkIgnore().size());
        for (CheckIgnore ignore : r.checkIgnore()) {
            hash.add(ignore.kind()).add(ignore.line()).add(ignore.column());
        }
        return hash.add(r.frontMatter().yaml()).add(r.body()).hex();
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
        TextHash hash = new TextHash();
        for (Report r : reports) {
            listed(hash, r).add(summaryOf.apply(r));
        }
        return hash.hex();
    }

    /**
     * What the report index is made of, in the order given: what a report page shows of the others (its neighbours,
     * the reports of its year, its lists' addresses) follows from it and from the sections.
     */
    public static String index(List<Report> reports, String sections) {
        TextHash hash = new TextHash().add(sections);
        for (Report r : reports) {
            indexed(hash, r);
        }
        return hash.hex();
    }

    /** The fields the index is made of. */
    private static TextHash indexed(TextHash hash, Report r) {
        hash.add(r.slug()).add(r.sourcePath()).add(r.title()).add(r.date().toEpochDay()).add(r.year())
                .add(r.period().name()).add(r.category().name()).add(r.department());
        return all(hash, r.tags()).add(r.draft() ? 1 : 0);
    }

    /**
     * Every field of a report but its body, its lines and its front matter's text (a field added to Report or ItemMeta
     * goes here too).
     */
    private static TextHash listed(TextHash hash, Report r) {
        all(indexed(hash, r).add(r.summary()), r.aliases()).add(r.attachments().size());
        for (Attachment a : r.attachments()) {
            hash.add(a.path()).add(a.fileName()).add(a.typeLabel()).add(a.sizeBytes());
        }
        ItemMeta m = r.meta();
        return hash.add(m.index()).add(m.indexLine()).add(m.indexColumn()).add(day(m.published())).add(day(m.updated()))
                .add(m.subject()).add(m.subjectLine()).add(m.subjectColumn()).add(m.validity().name())
                .add(day(m.validitySince())).add(m.docNumber());
    }

    private static TextHash all(TextHash hash, List<String> values) {
        hash.add(values.size());
        values.forEach(hash::add);
        return hash;
    }

    private static long day(Optional<LocalDate> date) {
        return date.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
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
