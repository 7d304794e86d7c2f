package org.gongkai.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * .docx fixtures made with Apache POI, as Word and WPS on a Chinese PC write them: styles with Chinese Word's ids
 * ({@code 1} named {@code heading 1}, {@code a3} named {@code Title}), a 多级列表 whose 「一、」「（一）」「1.」 live in
 * numbering.xml, bold runs, tables and pictures with or without alt text.
 */
public final class WordDocuments {

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFStyles styles = document.createStyles();
    private BigInteger list;

    public WordDocuments() {
        style("a3", "Title");
        style("1", "heading 1");
        style("2", "heading 2");
    }

    private void style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    public WordDocuments title(String text) {
        return styled("a3", text);
    }

    /** A paragraph in Heading {@code level} (标题 1, 标题 2), its number typed in its text. */
    public WordDocuments heading(int level, String text) {
        return styled(Integer.toString(level), text);
    }

    private WordDocuments styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return this;
    }

    /** A paragraph of the 多级列表 at {@code level} (0 「一、」, 1 「（一）」, 2 「1.」): the number is not in the text. */
    public WordDocuments numbered(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list());
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
        return this;
    }

    /** A paragraph of runs: {@code "**…**"} pieces are bold. */
    public WordDocuments paragraph(String... runs) {
        XWPFParagraph paragraph = document.createParagraph();
        for (String run : runs) {
            XWPFRun r = paragraph.createRun();
            boolean bold = run.startsWith("**") && run.endsWith("**");
            r.setBold(bold);
            r.setText(bold ? run.substring(2, run.length() - 2) : run);
        }
        return this;
    }

    public WordDocuments table(String[]... rows) {
        XWPFTable table = document.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                table.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
        return this;
    }

    /** A 4×2 PNG in its own paragraph, with Word's alt text (替代文字) {@code alt}, or none when it is empty. */
    public WordDocuments picture(String alt) {
        XWPFRun run = document.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "image1.png", Units.toEMU(40), Units.toEMU(20));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        if (alt.isEmpty()) {
            docPr.unsetDescr();
        } else {
            docPr.setDescr(alt);
        }
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigInteger list() {
        if (list == null) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abstractNum, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abstractNum, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            list = numbering.addNum(abstractId);
        }
        return list;
    }

    private static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
