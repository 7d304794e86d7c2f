package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.load.text.TextEncoding;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * One input of {@code gongkai import}: a .txt (UTF-8 with or without BOM, or GBK, detected as data files are), a
 * .docx, or standard input. Every other kind is refused at its path with what to do instead.
 *
 * @param shown the name in messages: the path as given, or 「-」 for standard input
 */
public record SourceFile(String shown, Optional<Path> path, byte[] stdin) {

    public SourceFile {
        stdin = stdin.clone();
    }

    /** A file as the user named it. */
    public static SourceFile file(Path path, String shown) {
        return new SourceFile(shown, Optional.of(path), new byte[0]);
    }

    /** What was piped in, shown as 「-」. */
    public static SourceFile standardInput(byte[] bytes) {
        return new SourceFile("-", Optional.empty(), bytes);
    }

    /** The stem of the file name, as the title when the text has none. */
    String stem() {
        String name = path.map(p -> p.getFileName().toString()).orElse("粘贴的文字");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    String extension() {
        String name = path.map(p -> p.getFileName().toString()).orElse("-.txt");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The reports in this input; empty after a problem is reported. */
    Optional<List<Draft>> read(Problems problems) {
        if (path.isPresent() && !Files.exists(path.get())) {
            return fail(problems, Text.of("import.missing"), Text.of("import.missing.hint"));
        }
        if (path.isPresent() && Files.isDirectory(path.get())) {
            return fail(problems, Text.of("import.folder"), Text.of("import.folder.hint", shown));
        }
        String extension = extension();
        switch (extension) {
            case "txt", "text", "" -> {
                return bytes(problems).flatMap(bytes -> text(bytes, problems)).map(TextImport::drafts).flatMap(d -> nonEmpty(d, problems));
            }
            case "docx" -> {
                return bytes(problems).flatMap(bytes -> DocxImport.read(bytes, stem(), shown, problems)).flatMap(d -> nonEmpty(d, problems));
            }
            case "doc" -> {
                return fail(problems, Text.of("import.doc"), Text.of("import.doc.hint"));
            }
            case "wps" -> {
                return fail(problems, Text.of("import.wps"), Text.of("import.wps.hint"));
            }
            case "pdf" -> {
                return fail(problems, Text.of("import.pdf"), Text.of("import.pdf.hint"));
            }
            default -> {
                return fail(problems, Text.of("import.other", extension), Text.of("import.other.hint"));
            }
        }
    }

    private Optional<byte[]> bytes(Problems problems) {
        if (path.isEmpty()) {
            return Optional.of(stdin);
        }
        try {
            return Optional.of(Files.readAllBytes(path.get()));
        } catch (IOException e) {
            return fail(problems, Text.of("import.unreadable", IoReason.of(e)), Text.of("import.unreadable.hint"));
        }
    }

    private Optional<String> text(byte[] bytes, Problems problems) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return fail(problems, Text.of("import.zipAsText"), Text.of("import.zipAsText.hint", stem()));
        }
        Optional<TextEncoding.Detected> detected = TextEncoding.utf8OrGbk(bytes);
        if (detected.isEmpty()) {
            return fail(problems, Text.of("import.encoding"), Text.of("import.encoding.hint"));
        }
        return Optional.of(TextEncoding.decode(bytes, detected.get()));
    }

    private Optional<List<Draft>> nonEmpty(List<Draft> drafts, Problems problems) {
        return drafts.isEmpty() ? fail(problems, Text.of("import.empty"), Text.of("import.empty.hint")) : Optional.of(drafts);
    }

    private <T> Optional<T> fail(Problems problems, Text message, Text hint) {
        problems.add(Problem.error(SourcePosition.of(shown), message, hint));
        return Optional.empty();
    }
}
