package org.gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;

/**
 * {@code gongkai check --fix}: rewrites ASCII punctuation in the Markdown of {@code content/reports/} and
 * {@code content/pages/} into full-width marks. It lists every changed line first; when it writes, it copies each
 * original into {@code .gongkai-backup/<time>/} under the site root before touching it. BOM and CRLF line ends
 * are kept as they were. What a suppression of the {@code punctuation} kind covers is left as it is.
 */
public final class PunctuationFixer {

    /** One changed line. */
    public record Change(String file, int line, String before, String after) {
    }

    /**
     * @param backup where the originals were copied; empty for a dry run or when nothing changed
     */
    public record Result(List<Change> changes, int files, Optional<String> backup) {
        public Result {
            changes = List.copyOf(changes);
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
        for (Path file : markdownFiles(paths)) {
            if (ignoring.contains(paths.display(file))) {
                continue;
            }
            byte[] bytes = read(file);
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF;
            Optional<String> decoded = decode(bytes, bom ? 3 : 0);
            if (decoded.isEmpty()) {
                continue; // not UTF-8: the build reports it
            }
            String raw = decoded.get();
            boolean crlf = raw.contains("\r\n");
            String text = raw.replace("\r\n", "\n");
            String fixed = fix.fix(text);
            if (fixed.equals(text)) {
                continue;
            }
            String shown = paths.display(file);
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
            return new Result(changes, changedFiles.size(), Optional.empty());
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
        return new Result(changes, changedFiles.size(), Optional.of(paths.display(backup)));
    }

    /**
     * The files whose {@code check_ignore} names the punctuation kind. Only a loaded file has one: a file that does not
     * load is fixed as before, and the check after the fix reports its problem.
     */
    private static Set<String> ignoringPunctuation(SitePaths paths) {
        Site site = new SiteLoader(paths).loadWhatLoads(true, new Problems());
        Set<String> files = new HashSet<>();
        site.reports().stream().filter(r -> PunctuationFix.ignoredIn(r.checkIgnore())).forEach(r -> files.add(r.sourcePath()));
        site.pages().stream().filter(p -> PunctuationFix.ignoredIn(p.checkIgnore())).forEach(p -> files.add(p.sourcePath()));
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

    private static Optional<String> decode(byte[] bytes, int start) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
