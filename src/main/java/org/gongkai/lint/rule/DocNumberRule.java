package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.Chars;
import org.gongkai.lint.text.DocNumbers;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;

import java.util.ArrayList;
import java.util.Set;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code doc-number}: a 文号 not written {@code 机关代字〔YYYY〕N号} (GB/T 9704): ASCII or round brackets
 * ({@code 云发[2013]18号}, {@code 杜教(2013)1号}), a two-digit year, a number with 第 or a leading zero, no 机关代字,
 * or a year after the report's own date. 文号 with XX or empty brackets are placeholders and left to that rule.
 */
public final class DocNumberRule implements ContentRule {

    public static final String KIND = "doc-number";

    private static final Anchored WITHOUT_HAO = Anchored.at("〔", "", "(?<year>[0-9]{4})〕(?<number>[0-9]{1,5})(?![0-9号])");

    /** Words that come before a 文号 but are not its 机关代字: 「根据宿价〔2011〕18号」. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:根据|按照|依据|依照|执行|印发|下发|转发|出台|关于|文件|"
            + "的|了|和|及|与|即|见|经|是|为|在|据|按)+");

    /** The pattern, for {@link AnchorStarts}. */
    @Override
    public List<Anchored> anchors() {
        return List.of(WITHOUT_HAO);
    }


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY, RuleInput.FRONT_MATTER_TEXT, RuleInput.REPORT_FIELDS);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        int reportYear = document.report().map(r -> r.date().getYear()).orElse(0);
        for (LintText text : document.texts()) {
            String masked = text.masked();
            for (DocNumbers.DocNumber docNumber : DocNumbers.written(text)) {
                if ("XxＸｘ×*＊".indexOf(Chars.before(masked, docNumber.start())) >= 0) {
                    continue; // X教〔2013〕1号: an unfilled placeholder, reported as such
                }
                List<Text> wrong = problems(docNumber, reportYear);
                if (!wrong.isEmpty()) {
                    String agency = agency(docNumber);
                    int shownStart = docNumber.open() - Math.min(6, agency.length());
                    String shown = masked.substring(shownStart, docNumber.end()).replaceAll("[ \\t]", "");
                    out.add(Finding.of(text.position(shownStart), Severity.WARNING, KIND,
                            Text.of("lint.docNumber.wrong", shown, joined(wrong)),
                            Text.of("lint.docNumber.wrong.hint", suggestion(docNumber))));
                }
            }
            WITHOUT_HAO.forEach(text, masked, bare -> out.add(Finding.of(text.position(bare.start()), Severity.WARNING,
                    KIND, Text.of("lint.docNumber.noHao", bare.group()),
                    Text.of("lint.docNumber.noHao.hint", bare.group("year"), bare.group("number")))));
        }
    }

    /** What is wrong with a 文号: each a predicate of 「文号 「…」」, said in both languages as one. */
    private static List<Text> problems(DocNumbers.DocNumber docNumber, int reportYear) {
        List<Text> wrong = new ArrayList<>();
        if (!docNumber.openBracket().equals("〔") || !docNumber.closeBracket().equals("〕")) {
            wrong.add(Text.of("lint.docNumber.brackets", docNumber.openBracket() + docNumber.closeBracket()));
        }
        String year = digits(docNumber.year());
        if (year.length() != 4) {
            wrong.add(Text.of("lint.docNumber.shortYear", year.length()));
        } else if (reportYear > 0 && Integer.parseInt(year) > reportYear) {
            wrong.add(Text.of("lint.docNumber.afterReport", year, reportYear));
        }
        String number = docNumber.number();
        if (number.startsWith("第")) {
            wrong.add(Text.of("lint.docNumber.ordinal"));
        } else if (digits(number).startsWith("0")) {
            wrong.add(Text.of("lint.docNumber.leadingZero"));
        }
        if (docNumber.prefix().isEmpty()) {
            wrong.add(Text.of("lint.docNumber.noAgency"));
        }
        return wrong;
    }

    /** The predicates one after the other, separated as each language separates such clauses (「; 」, 「；」). */
    private static Text joined(List<Text> wrong) {
        Text all = wrong.get(0);
        for (Text next : wrong.subList(1, wrong.size())) {
            all = Text.of("lint.docNumber.and", all, next);
        }
        return all;
    }

    /** The 机关代字: the Han characters before the bracket, without the words that lead up to it. */
    private static String agency(DocNumbers.DocNumber docNumber) {
        String prefix = docNumber.prefix();
        String stripped = LEADING_WORDS.matcher(prefix).replaceFirst("");
        return stripped.isEmpty() ? prefix : stripped;
    }

    private static String suggestion(DocNumbers.DocNumber docNumber) {
        String prefix = agency(docNumber);
        String agency = prefix.isEmpty() ? "机关代字" : prefix.substring(Math.max(0, prefix.length() - 6));
        String year = digits(docNumber.year());
        if (year.length() == 2) {
            year = (Integer.parseInt(year) > 50 ? "19" : "20") + year;
        }
        String number = digits(docNumber.number().replace("第", "")).replaceFirst("^0+(?=.)", "");
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
