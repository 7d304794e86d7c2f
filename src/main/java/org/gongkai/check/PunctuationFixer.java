package org.gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.lint.PunctuationFix;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problems;
import org.gongkai.load.text.TextEncoding;

/**
 * {@code gongkai check --fix}: rewrites ASCII punctuation in the Markdown of {@code content/reports/} and
 * {@code content/pages/} into full-width marks. It lists every changed line first; when it writes, it copies each
 * original into {@code .gongkai-backup/<time>/} under the site root before touching it. BOM and CRLF line ends
 * are kept as they were. What a suppression of the {@code punctuation} kind covers is left as it is. A file
 * saved as GBK (Notepad's and WPS's 「ANSI」 on a Chinese Windows) is rewritten as UTF-8 without BOM, its line
 * ends kept, whether or not its punctuation changes.
 */
public final class PunctuationFixer {

    /** One changed line. */
    public record Change(String file, int line, String before, String after) {
    }

    /**
     * @param files how many files are (or would be) rewritten
     * @param gbk the files saved as GBK that are (or would be) rewritten as UTF-8
     * @param backup where the originals were copied; empty for a dry run or when nothing changed
     */
    public record Result(List<Change> changes, int files, List<String> gbk, Optional<String> backup) {
        public Result {
            changes = List.copyOf(changes);
            gbk = List.copyOf(gbk);
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final PunctuationFix fix = new PunctuationFix();

    /**
     * @param write false for a dry run: nothing is written
     */
    public Result run(Path source, boolean write) {
        SitePaths paths = new SitePaths(source);
        List<Change> changes = new ArrayList<>();
        List<Path> changedFiles = new ArrayList<>();
        List<String> fixedTexts = new ArrayList<>();
        Set<String> ignoring = ignoringPunctuation(paths);
        List<String> gbk = new ArrayList<>();
        for (Path file : markdownFiles(paths)) {
            if (ignoring.contains(paths.display(file))) {
                continue;
            }
            byte[] bytes = read(file);
            Optional<TextEncoding.Detected> encoding = TextEncoding.utf8OrGbk(bytes);
            if (encoding.isEmpty()) {
                continue; // neither UTF-8 nor GBK: the build reports it
            }
            boolean bom = encoding.get().skip() > 0;
            boolean fromGbk = encoding.get().isGbk();
            String raw = TextEncoding.decode(bytes, encoding.get());
            boolean crlf = raw.contains("\r\n");
            String text = raw.replace("\r\n", "\n");
            String fixed = fix.fix(text);
            String shown = paths.display(file);
            if (fromGbk) {
                gbk.add(shown);
            }
            if (fixed.equals(text)) {
                if (fromGbk) {
                    changedFiles.add(file);
                    fixedTexts.add(raw); // only the encoding changes: every line end stays as it was
                }
                continue;
            }
            String[] before = text.split("\n", -1);
            String[] after = fixed.split("\n", -1);
            for (int i = 0; i < before.length; i++) {
                if (!before[i].equals(after[i])) {
                    changes.add(new Change(shown, i + 1, before[i], after[i]));
                }
            }
            changedFiles.add(file);
            fixedTexts.add((bom ? "\uFEFF" : "") + (crlf ? fixed.replace("\n", "\r\n") : fixed));
        }
        if (!write || changedFiles.isEmpty()) {
            return new Result(changes, changedFiles.size(), gbk, Optional.empty());
        }
        Path backup = paths.root().resolve(".gongkai-backup").resolve(LocalDateTime.now().format(STAMP));
        try {
            for (Path file : changedFiles) {
                Path copy = backup.resolve(paths.root().relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            for (int i = 0; i < changedFiles.size(); i++) {
                Files.writeString(changedFiles.get(i), fixedTexts.get(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(changes, changedFiles.size(), gbk, Optional.of(paths.display(backup)));
    }

    /**
     * The files whose {@code check_ignore} names the punctuation kind. Only a loaded file has one: a file that does not
     * load is fixed as before, and the check after the fix reports its problem.
     */
    private static Set<String> ignoringPunctuation(SitePaths paths) {
        // only the Markdown files: site.yaml and the data tables (which can be large) have no check_ignore
        SiteLoader loader = new SiteLoader(paths);
        Problems ignored = new Problems();
        Set<String> files = new HashSet<>();
        loader.loadReports(true, ignored).stream().filter(r -> PunctuationFix.ignoredIn(r.checkIgnore()))
                .forEach(r -> files.add(r.sourcePath()));
        loader.loadPages(ignored).stream().filter(p -> PunctuationFix.ignoredIn(p.checkIgnore()))
                .forEach(p -> files.add(p.sourcePath()));
        return files;
    }

    private static List<Path> markdownFiles(SitePaths paths) {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(paths.reports(), paths.pages())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
