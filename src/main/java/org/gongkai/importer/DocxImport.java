package org.gongkai.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A .docx as one report, read with Apache POI (XWPF): the Title style or a short first paragraph is the title;
 * Heading 1/2/3 (标题 1/2/3) paragraphs are {@code ##}/{@code ###}/{@code ####}; automatic numbering (多级列表, the
 * 「一、」 that is in numbering.xml and not in the text) is written out and read as typed numbers are; bold runs stay
 * bold; tables become GFM tables; pictures are kept with Word's alt text. POI types stay in this class.
 */
final class DocxImport {

    private final XWPFDocument document;
    private final Outline outline = new Outline();
    private final List<String> plain = new ArrayList<>();
    private final List<Draft.Picture> pictures = new ArrayList<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private String title = "";

    private DocxImport(XWPFDocument document) {
        this.document = document;
    }

    static Optional<List<Draft>> read(byte[] bytes, String stem, String shown, Problems problems) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return Optional.of(List.of(new DocxImport(document).draft()));
        } catch (IOException | RuntimeException e) {
            // POI says what is wrong with a damaged or encrypted file only in its exceptions
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("import.docx.bad", reason), Text.of("import.docx.bad.hint")));
            return Optional.empty();
        }
    }

    private Draft draft() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                outline.add(table(table));
            }
        }
        SignOff.Found signOff = SignOff.find(plain);
        return new Draft(title, signOff.date(), signOff.body(), outline.blocks(), pictures);
    }

    private void paragraph(XWPFParagraph paragraph) {
        String text = paragraph.getText().replace("\n", "").replace('\t', ' ').strip();
        String style = styleName(paragraph);
        int headingLevel = headingLevel(style);
        String number = number(paragraph);
        String line = number + text;
        if (!line.isEmpty()) {
            if (title.isEmpty() && plain.isEmpty() && (style.equals("title") || headingLevel == 0 && number.isEmpty()
                    && TextImport.isTitleLike(text) && !Numbering.at(text).isPresent())) {
                title = text;
            } else if (headingLevel > 0) {
                outline.heading(Math.min(headingLevel + 1, 4), line);
                plain.add(line);
            } else {
                outline.line(line, number.isEmpty() ? rich(paragraph) : null);
                plain.add(line);
            }
        }
        for (XWPFRun run : paragraph.getRuns()) {
            List<String> alts = altTexts(run);
            List<XWPFPicture> embedded = run.getEmbeddedPictures();
            for (int i = 0; i < embedded.size(); i++) {
                XWPFPicture picture = embedded.get(i);
                pictures.add(new Draft.Picture(picture.getPictureData().getData(),
                        picture.getPictureData().suggestFileExtension().toLowerCase(Locale.ROOT)));
                String alt = i < alts.size() ? alts.get(i) : "";
                // a file name is what Word or a tool put there by default, not a description
                outline.add(new Block.Image(pictures.size() - 1, FILE_NAME.matcher(alt).matches() ? "" : alt));
            }
        }
    }

    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|bmp|emf|wmf|tiff?)$");

    /** Word's alt text (替代文字) of each drawing of the run: the {@code descr} of its {@code wp:docPr}. */
    private static List<String> altTexts(XWPFRun run) {
        List<String> alts = new ArrayList<>();
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            for (CTInline inline : drawing.getInlineList()) {
                alts.add(inline.getDocPr() == null || inline.getDocPr().getDescr() == null ? "" : inline.getDocPr().getDescr().strip());
            }
            for (CTAnchor anchor : drawing.getAnchorList()) {
                alts.add(anchor.getDocPr() == null || anchor.getDocPr().getDescr() == null ? "" : anchor.getDocPr().getDescr().strip());
            }
        }
        return alts;
    }

    /** The paragraph as Markdown when some of it is bold: each run escaped, bold runs in {@code **}. */
    private static String rich(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        boolean anyBold = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text().replace("\n", "").replace('\t', ' ');
            if (text.isBlank()) {
                out.append(text);
                continue;
            }
            String escaped = MarkdownBody.inline(text.strip());
            if (run.isBold()) {
                anyBold = true;
                out.append(text.startsWith(" ") ? " " : "").append("**").append(escaped).append("**").append(text.endsWith(" ") ? " " : "");
            } else {
                out.append(MarkdownBody.inline(text));
            }
        }
        // adjacent bold runs (Word splits runs at every edit) are one bold stretch
        return anyBold ? out.toString().replace("****", "").strip() : null;
    }

    private String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null || document.getStyles() == null) {
            return "";
        }
        XWPFStyle style = document.getStyles().getStyle(id);
        String name = style == null ? id : style.getName();
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** 1 for Heading 1 (标题 1), 2, 3 …; 0 for any other style. */
    static int headingLevel(String style) {
        String digits = style.startsWith("heading") ? style.substring(7) : style.startsWith("标题") ? style.substring(2) : "";
        return digits.matches("[1-9]") ? Integer.parseInt(digits) : 0;
    }

    /** The automatic number of the paragraph as Word shows it (「一、」, 「（二）」, 「3.」), or "" without one. */
    private String number(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String levelText = paragraph.getNumLevelText();
        if (numId == null || levelText == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        if (format.equals("bullet") || format.equals("none")) {
            return ""; // a bullet is no number: the paragraph is read as it is
        }
        String shown = levelText;
        for (int l = 0; l <= level; l++) {
            shown = shown.replace("%" + (l + 1), format(l == level ? format : "decimal", Math.max(count[l], 1)));
        }
        return shown.strip();
    }

    private static String format(String numFmt, int n) {
        return numFmt.startsWith("chinese") || numFmt.startsWith("ideograph") || numFmt.startsWith("taiwanese")
                ? Numbering.chinese(Math.min(n, 99)) : Integer.toString(n);
    }

    private static Block.Table table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip());
            }
            rows.add(cells);
        }
        return new Block.Table(rows);
    }
}
