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
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code placeholder}: text that was never filled in. {@code XX市}, {@code ××年}, {@code 201X}, {@code ***元},
 * empty brackets {@code 〔〕 [] 《》 “”}, {@code 《关于印发的通知》}, and leftovers of download sites and templates.
 * Not: 5·12, 12358, an ordinary ×, Markdown {@code **bold**}.
 */
public final class PlaceholderRule implements ContentRule {

    public static final String KIND = "placeholder";

    private enum Type {
        YEAR(Text.of("lint.placeholder.year.hint")),
        LETTERS(Text.of("lint.placeholder.letters.hint")),
        STARS(Text.of("lint.placeholder.stars.hint")),
        HASHES(Text.of("lint.placeholder.hashes.hint")),
        EMPTY(Text.of("lint.placeholder.empty.hint")),
        TITLE(Text.of("lint.placeholder.title.hint")),
        LEFTOVER(Text.of("lint.placeholder.leftover.hint"));

        final Text hint;

        Type(Text hint) {
            this.hint = hint;
        }
    }

    private record Pick(Type type, Anchored pattern) {
    }

    private static final String NO_LATIN_BEFORE = "(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])";
    private static final String NO_LATIN_AFTER = "(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])";

    /** In order of preference when two overlap. */
    private static final List<Pick> PICKS = picks();

    private static List<Pick> picks() {
        List<Pick> picks = new ArrayList<>();
        String yearBlank = "(?:[0-9][XxＸｘ×*＊]|[XxＸｘ×*＊]{2})" + NO_LATIN_AFTER;
        for (String century : List.of("19", "20")) {
            picks.add(new Pick(Type.YEAR, Anchored.at(century, NO_LATIN_BEFORE, yearBlank)));
        }
        for (String x : List.of("X", "x", "Ｘ", "ｘ", "×")) {
            String same = x.equals("×") ? "×" : x.equals("X") || x.equals("x") ? "Xx" : "Ｘｘ";
            picks.add(new Pick(Type.LETTERS, Anchored.at(x, NO_LATIN_BEFORE, "[" + same + "]+" + NO_LATIN_AFTER + "(?!世纪)")));
        }
        for (String x : List.of("X", "x", "Ｘ", "ｘ", "×")) {
            picks.add(new Pick(Type.LETTERS, Anchored.at(x, NO_LATIN_BEFORE,
                    "(?=[省市县区镇乡村局校]|年(?!级)|月|日|号|教[〔\\[［(（]|教高)")));
        }
        for (String[] blank : new String[][] {{"某某", ""}, {"□", "□*"}, {"■■", "■*"}, {"○○", "○*"}, {"___", "_*"},
                {"＿＿", "＿*"}}) {
            picks.add(new Pick(Type.LETTERS, Anchored.at(blank[0], "", blank[1])));
        }
        picks.add(new Pick(Type.STARS, Anchored.at("**", "", "\\**")));
        picks.add(new Pick(Type.STARS, Anchored.at("＊＊", "", "＊*")));
        picks.add(new Pick(Type.HASHES, Anchored.at("##", "", "#*")));
        picks.add(new Pick(Type.HASHES, Anchored.at("＃＃", "", "＃*")));
        for (String pair : List.of("〔〕", "[]", "［］", "《》", "“”", "‘’", "「」", "『』", "（）", "()", "【】", "〈〉")) {
            picks.add(new Pick(Type.EMPTY, Anchored.at(pair.substring(0, 1), "",
                    "[ \\t\\u3000]*" + Pattern.quote(pair.substring(1)))));
        }
        picks.add(new Pick(Type.TITLE, Anchored.at("关于印发的", "", "(?:通知|决定|意见|办法|方案)")));
        picks.add(new Pick(Type.TITLE, Anchored.at("《关于的", "", "[^》]{0,4}》")));
        picks.add(new Pick(Type.LEFTOVER, Anchored.at("范文", "(?:汇报|总结|计划|报告|要点|材料|心得|讲话)", "(?![化明件])")));
        picks.add(new Pick(Type.LEFTOVER, Anchored.at("位用户关注", "[0-9]{1,6}", "")));
        for (String leftover : List.of("范文网", "好范文", "以下是由", "范是由", "本文来自", "转载请保留", "下载本文", "点击下载", "相关推荐",
                "下一页", "欢迎阅读", "免费下载", "收藏下载", "xiexiebang", "daodoc", "wenmi114", "文秘114")) {
            picks.add(new Pick(Type.LEFTOVER, Anchored.at(leftover, "", "")));
        }
        return List.copyOf(picks);
    }

    /** The patterns, for {@link AnchorStarts}. */
    @Override
    public List<Anchored> anchors() {
        return PICKS.stream().map(Pick::pattern).toList();
    }


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY, RuleInput.FRONT_MATTER_TEXT);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        for (LintText text : document.texts()) {
            check(text, out);
        }
    }

    private static void check(LintText text, List<Finding> out) {
        String masked = text.masked();
        List<int[]> found = new ArrayList<>();
        for (int p = 0; p < PICKS.size(); p++) {
            int pick = p;
            PICKS.get(p).pattern().forEach(text, masked, m -> {
                if (!isTaskListBox(masked, m.start(), m.group()) && !overlapsAny(found, m.start(), m.end())) {
                    found.add(new int[] {m.start(), m.end(), pick});
                }
            });
        }
        found.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> docNumbers = new ArrayList<>();
        for (DocNumbers.DocNumber docNumber : DocNumbers.withPlaceholders(text)) {
            docNumbers.add(new int[] {docNumber.start(), docNumber.end()});
        }
        int[] reportedDocNumber = null;
        for (int[] hit : found) {
            int[] docNumber = containing(docNumbers, hit[0]);
            if (docNumber != null && docNumber == reportedDocNumber) {
                continue;
            }
            Type type = PICKS.get(hit[2]).type();
            Text message;
            Text hint = type.hint;
            if (docNumber != null) {
                reportedDocNumber = docNumber;
                String shown = shortDocNumber(masked.substring(docNumber[0], docNumber[1]));
                message = Text.of("lint.placeholder.docNumber", shown);
                hint = Text.of("lint.placeholder.docNumber.hint");
            } else if (type == Type.LEFTOVER) {
                message = Text.of("lint.placeholder.leftover", context(masked, hit[0], hit[1]));
            } else if (type == Type.EMPTY) {
                message = Text.of("lint.placeholder.empty", context(masked, hit[0], hit[1]));
            } else if (type == Type.TITLE) {
                message = Text.of("lint.placeholder.title", masked.substring(hit[0], hit[1]));
            } else {
                message = Text.of("lint.placeholder.found", context(masked, hit[0], hit[1]));
            }
            out.add(Finding.of(text.position(hit[0]), Severity.WARNING, KIND, message, hint));
        }
    }

    /** {@code - [ ] item}: a task list box, not an empty bracket. */
    private static boolean isTaskListBox(String masked, int start, String match) {
        return match.startsWith("[") && Chars.nonSpaceBefore(masked, start) == -1;
    }

    private static boolean overlapsAny(List<int[]> found, int start, int end) {
        for (int[] f : found) {
            if (start < f[1] && f[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static int[] containing(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (span[0] <= offset && offset < span[1]) {
                return span;
            }
        }
        return null;
    }

    private static String shortDocNumber(String docNumber) {
        int bracket = 0;
        while (bracket < docNumber.length() && "〔[［(（【﹝".indexOf(docNumber.charAt(bracket)) < 0) {
            bracket++;
        }
        return docNumber.substring(Math.max(0, bracket - 6)).strip();
    }

    /** The match with the Han character after it ({@code XX市}), or before it when none follows. */
    static String context(String text, int start, int end) {
        String match = text.substring(start, end);
        int after = Chars.at(text, end);
        if (after > 0 && Chars.isHan(after)) {
            return match + Character.toString(after);
        }
        int before = Chars.before(text, start);
        if (before > 0 && Chars.isHan(before)) {
            return Character.toString(before) + match;
        }
        return match;
    }
}
