package org.gongkai.lint.text;

import org.gongkai.lint.rule.AnchorStarts;
import org.gongkai.lint.rule.ContentRule;
import org.gongkai.lint.rule.DocNumberRule;
import org.gongkai.lint.rule.MissingNumberRule;
import org.gongkai.lint.rule.PlaceholderRule;
import org.gongkai.lint.rule.YearMismatchRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The content rules look for their patterns only where a match can start (a cheap scan first, the regular
 * expression after). Each such shortcut must find exactly what trying the expression at every character finds:
 * these tests compare both on random texts made of the characters that matter, and on hand-picked cases.
 */
public class ScannerEquivalenceTest {

    /** The rules with anchored patterns. */
    private static final List<ContentRule> RULES = List.of(new PlaceholderRule(), new MissingNumberRule(),
            new YearMismatchRule(), new DocNumberRule());

    private static final String ALPHABET = "ahtpswWfFHTPx:/.@_-+%０1２39 \t\n>，。、；：（）()〔〕[]［］号第年万亿元人个名项多余约近超过"
            + "不足到千百十一二三两零〇.．,XＸ*＊×教发字宿价楼com次平方米百分点公顷㎡以上左右";

    private static final List<String> CASES = List.of(
            "见http://www.moe.gov.cn/，或HTTPS://a.b/c?d=1。邮箱jyj_xx@163.com，网址www.example.cn。",
            "a.b@c.d.e_f@g.h 和 ftp://x.y 以及 Www.A.B.c/x",
            "> 引用\n  > > 嵌套\n正文>不是\r\n> 回车换行\r> 单独回车\u2028> 行分隔",
            "宿价〔2011〕18号、云发[2011] 第18号、德教科字〔XX〕13号、（2013）3号楼、x教高[XX]2号",
            "共有学生2012人，其中小学1131人，初中881人；资金3315余万元，约200名，超过3万人次，不足5所，第3名，12013年，1.5万元",
            "二百人，百人，三千多万元，64.8%，１２个百分点，1,749.375万元，3 个");

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(CASES);
        texts.addAll(randomTexts(new Random(20261123), ALPHABET, 3000, 60));
        return texts;
    }

    /** {@code count} texts of up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    public static List<String> randomTexts(Random random, String alphabet, int count, int maxLength) {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void urlsAreBlankedAsTheExpressionFindsThem() {
        for (String text : texts()) {
            char[] fast = text.toCharArray();
            MarkdownText.blankUrls(text, fast);
            char[] slow = text.toCharArray();
            Matcher m = MarkdownText.URL.matcher(text);
            while (m.find()) {
                Chars.blank(slow, m.start(), m.end());
            }
            assertThat(new String(fast)).as(text).isEqualTo(new String(slow));
            if (!MarkdownText.mayHoldUrl(text.toCharArray())) {
                assertThat(MarkdownText.URL.matcher(text).find()).as(text).isFalse();
            }
        }
    }

    @Test
    void quoteMarkersAreBlankedAsTheMultiLineExpressionFindsThem() {
        Pattern quoteMarkers = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");
        for (String text : texts()) {
            char[] fast = text.toCharArray();
            MarkdownText.blankQuoteMarkers(text, fast);
            char[] slow = text.toCharArray();
            Matcher m = quoteMarkers.matcher(text);
            while (m.find()) {
                Chars.blank(slow, m.start(), m.end());
            }
            assertThat(new String(fast)).as(text).isEqualTo(new String(slow));
        }
    }

    @Test
    void documentNumbersAreFoundAsTheExpressionsFindThem() {
        for (String text : texts()) {
            assertThat(DocNumbers.find(text, DocNumbers.WRITTEN, false)).as(text)
                    .isEqualTo(everyPosition(text, DocNumbers.WRITTEN, false));
            assertThat(DocNumbers.find(text, DocNumbers.WITH_PLACEHOLDERS, true)).as(text)
                    .isEqualTo(everyPosition(text, DocNumbers.WITH_PLACEHOLDERS, true));
        }
    }

    private static List<DocNumbers.DocNumber> everyPosition(String text, Pattern pattern, boolean placeholders) {
        List<DocNumbers.DocNumber> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int i = m.start();
            while (i > 0 && m.start() - i < 12 && (Chars.isHan(text.charAt(i - 1))
                    || placeholders && "XxＸｘ×".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            found.add(new DocNumbers.DocNumber(i, m.start(), m.end(), text.substring(i, m.start()), m.group("open"),
                    m.group("year"), m.group("close"), m.group("number")));
        }
        return found;
    }

    @Test
    void figuresAreFoundAsTryingTheExpressionAtEveryCharacterFindsThem() {
        for (String text : texts()) {
            assertThat(Quantities.find(text).toString()).as(text).isEqualTo(figuresEverywhere(text).toString());
        }
    }

    private static List<Quantity> figuresEverywhere(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = Quantities.FIGURE.matcher(text);
        int i = 0;
        while (i < text.length()) {
            m.region(i, text.length());
            if (m.lookingAt()) {
                Optional<Quantity> quantity = Quantities.parse(text, FigureMatch.of(m));
                if (quantity.isPresent()) {
                    found.add(quantity.get());
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /** Figures' characters, weighted towards what makes the expression backtrack: digits, commas, 千, 多/余. */
    private static final String FIGURE_ALPHABET = "0123456789012345,,,..．０９ 千千万亿多余多余零〇一二三四五六七八九十两百"
            + "约近超过逾不足到元人次个百分点平方米公顷㎡%％名所项篇户套间件台处起条期批份亩家班门栋幢辆册张以上左右，。第A/每";

    @Test
    void theFigureScanMatchesAsTheExpressionDoes() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("1,234,5678元", "1,234,567元", "1,234.5万元以上", "12,34元", "1,2345人", "三千多万元", "二千千元",
                "超过3人", "超过人", "不足5所", "不5所", "约3多万多元左右", "3 个百分点", "3个百分", "5平方米", "5平米", "5平方", "5公顷",
                "１２．５％", "1.元", "1,234."));
        texts.addAll(randomTexts(new Random(7), FIGURE_ALPHABET, 20000, 24));
        int matched = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            for (int from = 0; from < text.length(); from++) {
                // the paragraph's end bounds the match as the matcher's region does
                for (int to : new int[] {text.length(), Math.max(from, text.length() - 2)}) {
                    Matcher m = Quantities.FIGURE.matcher(text).region(from, to);
                    FigureMatch expected = m.lookingAt() ? FigureMatch.of(m) : null;
                    assertThat(FigureMatch.at(chars, from, to)).as(text + " at " + from + " to " + to).isEqualTo(expected);
                    matched += expected == null ? 0 : 1;
                }
            }
        }
        assertThat(matched).isGreaterThan(5000);
    }

    @Test
    void tableCellsRuledOutWithoutTheExpressionAreThoseItDoesNotMatch() {
        List<String> cells = new ArrayList<>(texts());
        cells.addAll(List.of(" **约3,315.5万元** （合同） ", "\t近２人\n", "** 3", "约约3", "*3", "（3）", "3"));
        cells.addAll(randomTexts(new Random(5), " \t\n*约近0１,.．万元人次（）()余多合计 ", 20000, 12));
        int kept = 0;
        for (String cell : cells) {
            if (!Quantities.mayBeCellFigure(cell)) {
                assertThat(Quantities.CELL.matcher(cell).matches()).as(cell).isFalse();
            } else {
                kept++;
            }
            assertThat(TableTotals.withoutSpacesAndStars(cell.toCharArray(), 0, cell.length())).as(cell)
                    .isEqualTo(cell.replaceAll("[\\s*]", ""));
        }
        assertThat(kept).isGreaterThan(1000);
    }

    @Test
    void theFactoredUnitsMatchAsTheListOfUnitsDoes() {
        Pattern listed = Pattern.compile(Quantities.FIGURE.pattern().replace(Quantities.UNIT_CHOICE, Quantities.UNITS));
        assertThat(listed.pattern()).isNotEqualTo(Quantities.FIGURE.pattern());
        for (String text : texts()) {
            for (int i = 0; i < text.length(); i++) {
                Matcher factored = Quantities.FIGURE.matcher(text).region(i, text.length());
                Matcher plain = listed.matcher(text).region(i, text.length());
                boolean matched = factored.lookingAt();
                assertThat(plain.lookingAt()).as(text + " at " + i).isEqualTo(matched);
                if (matched) {
                    for (String group : List.of("pre", "num", "more1", "mult", "more2", "unit", "post")) {
                        assertThat(factored.group(group)).as(text + " at " + i + " " + group).isEqualTo(plain.group(group));
                    }
                    assertThat(factored.end()).isEqualTo(plain.end());
                }
            }
        }
    }

    @Test
    void literalWordsAreFoundAsAnAlternationFindsThem() {
        String[] words = {"合计", "总计", "其中", "此外", "除此之外"};
        Pattern alternation = Pattern.compile(String.join("|", words));
        for (String text : texts()) {
            String t = text.replace('x', '合').replace('a', '计').replace('h', '其').replace('p', '中')
                    .replace('s', '此').replace('t', '外').replace('w', '除').replace('f', '之');
            LintText lint = new LintText("f.md", t, t, 1);
            for (int from = 0; from <= t.length(); from += 7) {
                for (int to = from; to <= t.length(); to += 5) {
                    Matcher m = alternation.matcher(t).region(from, to);
                    int expected = m.find() ? m.start() : -1;
                    assertThat(lint.indexOfAny(from, to, WordSet.of(words))).as(t + " " + from + ".." + to).isEqualTo(expected);
                }
                int later = t.indexOf("其中", from);
                for (int before = from; before <= t.length(); before += 3) {
                    assertThat(TotalStatements.ofWhichBefore(lint, from, before)).as(t + " " + from + " before " + before)
                            .isEqualTo(later >= 0 && later < before ? later : -1);
                }
            }
        }
    }

    @Test
    void sumWordsAreStrippedFromLabelsAsTheExpressionStripsThem() {
        for (String label : List.of("其中小学", "共计学生", "共有", "合计", "总计人数", "累计", "共", "其", "学生共计", "")) {
            assertThat(TotalStatements.withoutLeadingSumWord(label)).as(label)
                    .isEqualTo(label.replaceFirst("^(其中|共|共计|合计|总计|累计)", ""));
        }
    }


    @Test
    void comparisonsAreFoundAsTheExpressionFindsThem() {
        List<String> texts = new ArrayList<>(List.of("比去年增加", "较2012年", "与201年", "与2013年", "同期比上一年度", "比２０１２年"));
        texts.addAll(randomTexts(new Random(23), "比较与去上前一年同期学度往环净增幅长加减少下降低提高多出20１，", 5000, 16));
        texts.addAll(randomTexts(new Random(29), "比与2019年", 3000, 12));
        int found = 0;
        for (String text : texts) {
            char[] chars = text.toCharArray();
            for (int from = 0; from <= chars.length; from += 3) {
                for (int to = from; to <= chars.length; to++) {
                    boolean expected = TotalStatements.COMPARISON.matcher(text).region(from, to).find();
                    assertThat(TotalStatements.isComparison(text, chars, from, to)).as(text + " " + from + ".." + to)
                            .isEqualTo(expected);
                    found += expected ? 1 : 0;
                }
            }
        }
        assertThat(found).isGreaterThan(3000);
    }

    /** The index of the anchors' first characters answers as one of every character does, for any character. */
    @Test
    void theCharacterIndexFindsEveryCharacterAsAFullIndexDoes() {
        boolean[] all = new boolean[Character.MAX_VALUE + 1];
        Arrays.fill(all, true);
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(randomTexts(new Random(31), "人个名所年月元一二三四五1２我们的是。，（\n", 2000, 80));
        for (String text : texts) {
            char[] chars = text.toCharArray();
            CharIndex full = new CharIndex(chars, all, all.length);
            CharIndex anchors = new CharIndex(chars, AnchorStarts.of(RULES));
            for (char c : (text + "人X").toCharArray()) {
                List<Integer> expected = new ArrayList<>();
                for (int p = full.first(c); p >= 0; p = full.next(p)) {
                    expected.add(p);
                }
                List<Integer> found = new ArrayList<>();
                for (int p = anchors.first(c); p >= 0; p = anchors.next(p)) {
                    found.add(p);
                }
                assertThat(found).as(text + " " + c).isEqualTo(expected);
                assertThat(expected).as(text + " " + c).hasSize((int) text.chars().filter(ch -> ch == c).count());
            }
        }
        assertThat(AnchorStarts.of(RULES).has('人')).isTrue();
        assertThat(AnchorStarts.of(RULES).has('们')).isFalse();
    }

    @Test
    void hanCharactersAreThoseOfTheHanScript() {
        int[] differing = java.util.stream.IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(cp -> Chars.isHan(cp) != (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .limit(5).toArray();
        assertThat(differing).as(Arrays.toString(differing)).isEmpty();
    }
}
