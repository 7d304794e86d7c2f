package org.gongkai.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Severity;

/**
 * {@code missing-number}: a figure that was deleted and left its unit behind (「占学校总数的 %」, 「发放了万元」,
 * 「比去年多人」, 「该校自年以来」), or a rate whose % sign was lost (「巩固率达99.5以上」).
 */
final class MissingNumberRule implements ContentRule {

    static final String KIND = "missing-number";

    private static final String NUMERALS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十两百千万亿几数";

    /** Before 万元/亿元 these words stand for a figure: 数万元, 上万元, 每万元, 近万元, 超亿元, 以万元计. */
    private static final String AMOUNT_WORDS = "上每近约超逾以按成";

    private static final Pattern PERCENT = Pattern.compile("[%％]");
    private static final Pattern POINTS = Pattern.compile("个百分点");
    private static final Pattern AMOUNT = Pattern.compile("(?:多|余)?(?:万|亿)(?:多|余)?元");
    private static final Pattern YUAN = Pattern.compile("(?:了|达|达到|为|共|共计|投入|发放|筹措|落实|收取|节约|金额|合计|总计"
            + "|累计|资金|经费|拨付|下达|支出)元(?![旦月宵素首老帅凶年代音])");
    private static final Pattern COUNT = Pattern.compile("(?:共|共计|合计|总计|累计|达到|达|计有|一共|总共)(?:多|余)?"
            + "(?:人次|名|人|个|所|项|篇|户|套|间|件|台|处|起|条|期|批|亩|平方米|万平方米|万人)(?=[，。；、,;:：）)\\s]|$)");
    private static final Pattern COMPARED = Pattern.compile("比(?:去年|上年|上年度|同期|上学期)(?:多|少|增加|减少|增长|下降|提高)"
            + "(?:人次|人|名|个|所|项|万元|元|%|％)");
    private static final Pattern AREA = Pattern.compile("(?:了|有|为|达)(?:人次|平方米|万平方米)");
    private static final Pattern MONTH = Pattern.compile("[至到]月份");
    private static final Pattern DELETED_DATE = Pattern.compile("。[ \\t]*[，、,]|(?:早在|截至|截止到?|直到)[ \\t]*[，,]|从开始"
            + "|(?:自|从|于)年(?:以来|起|开始|底|初)|[（(][ \\t]*[—–-]+[ \\t]*[）)]");
    private static final Pattern RATE = Pattern.compile("(?:入学|升学|巩固|毕业|合格|及格|优秀|达标|覆盖|完成|就业|普及|上线|办结"
            + "|反馈|满意|参训|配备|入园|辍学|流失|出勤|通过|知晓|录取|到位|执行|利用|使用|结案|受理|按时|覆盖)率"
            + "(?:达到|达|为|是|保持在|提高到|提高至|稳定在)?[ \\t]*([0-9]+(?:\\.[0-9]+)?)[ \\t]*(?:以上|左右)?"
            + "(?=[，。；、,;）)]|$)");

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        for (LintText text : document.texts()) {
            List<int[]> hits = new ArrayList<>();
            String masked = text.masked();
            percent(masked, hits);
            points(masked, hits);
            amounts(masked, hits);
            simple(masked, YUAN, hits);
            simple(masked, COUNT, hits);
            simple(masked, COMPARED, hits);
            simple(masked, AREA, hits);
            simple(masked, MONTH, hits);
            simple(masked, DELETED_DATE, hits);
            hits.sort(java.util.Comparator.comparingInt(h -> h[0]));
            int lastEnd = -1;
            for (int[] hit : hits) {
                if (hit[0] < lastEnd) {
                    continue;
                }
                lastEnd = hit[1];
                out.add(Finding.of(text.position(hit[0]), Severity.WARNING, KIND,
                        "「" + shown(masked, hit[0], hit[1]) + "」: a figure seems to be missing here",
                        "write the figure that was left out, or rephrase the sentence"));
            }
            Matcher rate = RATE.matcher(masked);
            while (rate.find()) {
                out.add(Finding.of(text.position(rate.end(1)), Severity.WARNING, KIND,
                        "「" + rate.group().strip() + "」: the % sign after " + rate.group(1) + " seems to be missing",
                        "write " + rate.group(1) + "%"));
            }
        }
    }

    private static void percent(String masked, List<int[]> hits) {
        Matcher m = PERCENT.matcher(masked);
        while (m.find()) {
            int before = Chars.nonSpaceBefore(masked, m.start());
            if (before == -1 || before < 128 && (Character.isLetterOrDigit(before) || "().%/:-+".indexOf(before) >= 0)
                    || "０１２３４５６７８９（：／％．".indexOf(before) >= 0 || NUMERALS.indexOf(before) >= 0) {
                continue;
            }
            hits.add(new int[] {m.start(), m.end()});
        }
    }

    private static void points(String masked, List<int[]> hits) {
        Matcher m = POINTS.matcher(masked);
        while (m.find()) {
            int before = Chars.nonSpaceBefore(masked, m.start());
            if (before != -1 && Chars.isHan(before) && NUMERALS.indexOf(before) < 0 && before != '多' && before != '余') {
                hits.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static void amounts(String masked, List<int[]> hits) {
        Matcher m = AMOUNT.matcher(masked);
        while (m.find()) {
            int i = m.start();
            int before = Chars.before(masked, i);
            if (m.group().startsWith("多") || m.group().startsWith("余")) {
                // 200多万元 is a figure; 经费多万元 lost its number
                if (before != -1 && NUMERALS.indexOf(before) >= 0) {
                    continue;
                }
            } else if (before == -1 || !Chars.isHan(before) || NUMERALS.indexOf(before) >= 0
                    || AMOUNT_WORDS.indexOf(before) >= 0) {
                continue;
            }
            hits.add(new int[] {m.start(), m.end()});
        }
    }

    private static void simple(String masked, Pattern pattern, List<int[]> hits) {
        Matcher m = pattern.matcher(masked);
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
    }

    /** The hit with up to six characters before it on its line, so the reader can find it. */
    private static String shown(String text, int start, int end) {
        int from = start;
        for (int n = 0; n < 6 && from > 0 && text.charAt(from - 1) != '\n'; n++) {
            from--;
        }
        return text.substring(from, end).strip();
    }
}
