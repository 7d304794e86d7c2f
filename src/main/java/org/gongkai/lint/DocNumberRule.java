package org.gongkai.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Severity;

/**
 * {@code doc-number}: a 文号 not written {@code 机关代字〔YYYY〕N号} (GB/T 9704): ASCII or round brackets
 * ({@code 云发[2013]18号}, {@code 杜教(2013)1号}), a two-digit year, a number with 第 or a leading zero, no 机关代字,
 * or a year after the report's own date. 文号 with XX or empty brackets are placeholders and left to that rule.
 */
final class DocNumberRule implements ContentRule {

    static final String KIND = "doc-number";

    /** Anything shaped like a 文号 whose year is digits; also used to keep punctuation fixes out of 文号. */
    static final Pattern CANDIDATE = Pattern.compile(
            "(?<prefix>[\\p{IsHan}]{0,12})[ \\t]*(?<open>[〔\\[［(（【﹝])[ \\t]*(?<year>[0-9０-９]{2,4})[ \\t]*"
                    + "(?<close>[〕\\]］)）】﹞])[ \\t]*(?<number>第?[0-9０-９]{1,5})[ \\t]*号(?![楼院线房门馆床室窗台位])");
    private static final Pattern WITHOUT_HAO = Pattern.compile("〔(?<year>[0-9]{4})〕(?<number>[0-9]{1,5})(?![0-9号])");

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        int reportYear = document.report().map(r -> r.date().getYear()).orElse(0);
        for (LintText text : document.texts()) {
            String masked = text.masked();
            Matcher m = CANDIDATE.matcher(masked);
            while (m.find()) {
                if ("XxＸｘ×*＊".indexOf(Chars.before(masked, m.start())) >= 0) {
                    continue; // X教〔2013〕1号: an unfilled placeholder, reported as such
                }
                List<String> wrong = problems(m, reportYear);
                if (!wrong.isEmpty()) {
                    String written = shown(m);
                    int shownStart = m.end("prefix") - Math.min(6, agency(m).length());
                    out.add(Finding.of(text.position(shownStart), Severity.WARNING, KIND, "文号 「" + written + "」 " + String.join("; ", wrong),
                            "write it 机关代字〔year〕number号 with 〔〕 (U+3014/U+3015), e.g. " + suggestion(m)));
                }
            }
            Matcher bare = WITHOUT_HAO.matcher(masked);
            while (bare.find()) {
                out.add(Finding.of(text.position(bare.start()), Severity.WARNING, KIND,
                        "文号 「" + bare.group() + "」 has no 号 after its number",
                        "write 〔" + bare.group("year") + "〕" + bare.group("number") + "号"));
            }
        }
    }

    private static List<String> problems(Matcher m, int reportYear) {
        List<String> wrong = new ArrayList<>();
        if (!m.group("open").equals("〔") || !m.group("close").equals("〕")) {
            wrong.add("uses " + m.group("open") + m.group("close") + " instead of 〔〕");
        }
        String year = digits(m.group("year"));
        if (year.length() != 4) {
            wrong.add("has a " + year.length() + "-digit year");
        } else if (reportYear > 0 && Integer.parseInt(year) > reportYear) {
            wrong.add("is dated " + year + ", after the report itself (" + reportYear + ")");
        }
        String number = m.group("number");
        if (number.startsWith("第")) {
            wrong.add("has 第 before its number");
        } else if (digits(number).startsWith("0")) {
            wrong.add("has a number with a leading zero");
        }
        if (m.group("prefix").isEmpty()) {
            wrong.add("has no 机关代字 before the year");
        }
        return wrong;
    }

    /** Words that come before a 文号 but are not its 机关代字: 「根据宿价〔2011〕18号」. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:根据|按照|依据|依照|执行|印发|下发|转发|出台|关于|文件|"
            + "的|了|和|及|与|即|见|经|是|为|在|据|按)+");

    /** The 机关代字: the Han characters before the bracket, without the words that lead up to it. */
    private static String agency(Matcher m) {
        String prefix = m.group("prefix");
        String stripped = LEADING_WORDS.matcher(prefix).replaceFirst("");
        return stripped.isEmpty() ? prefix : stripped;
    }

    private static String shown(Matcher m) {
        String prefix = agency(m);
        return (prefix.length() > 6 ? prefix.substring(prefix.length() - 6) : prefix)
                + m.group().substring(m.group("prefix").length()).strip();
    }

    private static String suggestion(Matcher m) {
        String prefix = agency(m);
        String agency = prefix.isEmpty() ? "机关代字" : prefix.substring(Math.max(0, prefix.length() - 6));
        String year = digits(m.group("year"));
        if (year.length() == 2) {
            year = (Integer.parseInt(year) > 50 ? "19" : "20") + year;
        }
        String number = digits(m.group("number").replace("第", "")).replaceFirst("^0+(?=.)", "");
        return agency + "〔" + year + "〕" + number + "号";
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
