package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickBlockStarts} only skips asking Flexmark's block parsers about lines they cannot start: the tree must
 * be Flexmark's own, node for node (kind, source range, text), on the demo site, the samples, and random documents
 * made of every kind of block start, indented, nested and interrupting paragraphs.
 */
class QuickBlockStartsTest {

    private final MarkdownRenderer quick = new MarkdownRenderer();
    private final MarkdownRenderer flexmark = new MarkdownRenderer(false);

    private void sameTree(String source) {
        assertThat(tree(quick.parse(source).document())).as(source).isEqualTo(tree(flexmark.parse(source).document()));
    }

    private static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        tree(document, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset());
        if (node instanceof Text || node instanceof Code) {
            out.append(' ').append(node.getChars());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }

    @Test
    void theDemoSiteAndTheSamplesParseAsWithFlexmarksOwnBlockParsers() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            sameTree(Files.readString(file));
        }
    }

    @Test
    void randomDocumentsParseAsWithFlexmarksOwnBlockParsers() {
        String[] starts = {"", "", "# ", "## ", "###### ", "#######", "#", "===", "---", "- - -", "***", "___", "* ", "+ ",
                "- ", "1. ", "2) ", "10. ", "0. ", "> ", ">", "```", "~~~", "```java", "<div>", "<!-- ", "-->", "</div>",
                "<b>", "| a | b |", "|---|--:|", "   ", "    ", "\t", "  - ", "    1. ", "> - ", "- > ", "1.", "-",
                "学校", "2013年", "（一）"};
        String[] words = {"学校", "工作", " ", "**", "*", "_", "`", "#", ">", "<", "|", "-", "1.", "，", "。", "\t", "english"};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder source = new StringBuilder();
            int lines = 1 + random.nextInt(10);
            for (int l = 0; l < lines; l++) {
                source.append(starts[random.nextInt(starts.length)]);
                int count = random.nextInt(5);
                for (int w = 0; w < count; w++) {
                    source.append(words[random.nextInt(words.length)]);
                }
                source.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            sameTree(source.toString());
        }
    }
}
