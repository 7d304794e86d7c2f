package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units a figure is written with (元, 人次, 所, 平方米 …) and their multipliers (万, 亿, 千): written here once,
 * and turned into what each scanner needs (an expression, a character table, a hand-written match).
 */
final class Units {

    /** Every unit a figure may end with; where one unit starts another, the longer comes first (人次, 人). */
    public static final List<String> ALL = List.of("平方米", "平米", "㎡", "人次", "个百分点", "元", "人", "名", "个", "所", "项",
            "篇", "户", "套", "间", "件", "台", "次", "处", "起", "条", "期", "批", "份", "亩", "公顷", "家", "班", "门", "栋", "幢",
            "辆", "册", "张", "%", "％");

    /** The units a table cell may write after its figure ({@code 3315万元}, {@code 200人}); others take the header's. */
    public static final List<String> IN_CELLS = List.of("元", "人次", "人", "名", "个", "所", "项", "平方米", "㎡");

    /**
     * The characters that stand right before and after a figure blacked out with stars (「资金**万元」, 「学生有**人」):
     * the first characters of the common units, and 万/亿.
     */
    public static final String AROUND_REDACTION = "元人名个所篇项次万亿%％";

    /** {@link #ALL} as an alternation, in its order. */
    public static final String ALTERNATION = String.join("|", ALL);

    /**
     * {@link #ALL} as the expression engine tries it fastest: one character class for the one-character units that
     * start no longer one, then the others longest first (人次 before 人, 个百分点 before 个).
     */
    public static final String CHOICE = choice();

    private static final boolean[] SINGLE = Chars.table(singles());
    /** The units that are longer than a character or start one, longest first; few, so they are searched in turn. */
    private static final String[] OTHERS = others().toArray(String[]::new);

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private Units() {
    }

    /** {@code units} as an alternation, in their order. */
    public static String alternation(List<String> units) {
        return String.join("|", units);
    }

    /** After the unit of {@link #ALL} that starts at {@code i} within {@code [i, to)}, the longest one; or -1. */
    public static int endAt(char[] c, int i, int to) {
        if (i >= to) {
            return -1;
        }
        if (SINGLE[c[i]]) {
            return i + 1;
        }
        for (String unit : OTHERS) {
            if (unit.charAt(0) == c[i] && i + unit.length() <= to && matches(c, i, unit)) {
                return i + unit.length();
            }
        }
        return -1;
    }

    /** What 万, 亿 or 千 multiplies by; one for any other character. */
    public static BigDecimal multiplier(char c) {
        return switch (c) {
            case '万' -> TEN_THOUSAND;
            case '亿' -> HUNDRED_MILLION;
            case '千' -> THOUSAND;
            default -> BigDecimal.ONE;
        };
    }

    private static boolean matches(char[] c, int i, String unit) {
        for (int k = 1; k < unit.length(); k++) {
            if (c[i + k] != unit.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLonger(String unit) {
        return ALL.stream().anyMatch(other -> other.length() > unit.length() && other.startsWith(unit));
    }

    private static String singles() {
        StringBuilder singles = new StringBuilder();
        ALL.stream().filter(unit -> unit.length() == 1 && !startsLonger(unit)).forEach(singles::append);
        return singles.toString();
    }

    private static List<String> others() {
        List<String> others = new ArrayList<>(ALL.stream().filter(unit -> unit.length() > 1 || startsLonger(unit)).toList());
        others.sort(Comparator.comparingInt(String::length).reversed()); // stable: ALL's order among equals
        return others;
    }

    private static String choice() {
        return "[" + singles() + "]|" + String.join("|", others());
    }
}
