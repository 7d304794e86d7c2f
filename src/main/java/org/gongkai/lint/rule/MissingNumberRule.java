package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.Chars;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;

import java.util.ArrayList;
import java.util.Set;
import java.util.EnumSet;
import java.util.List;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code missing-number}: a figure that was deleted and left its unit behind (「占学校总数的 %」, 「发放了万元」,
 * 「比去年多人」, 「该校自年以来」), or a rate whose % sign was lost (「巩固率达99.5以上」).
 */
public final class MissingNumberRule implements ContentRule {

    public static final String KIND = "missing-number";

    private static final String NUMERALS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十两百千万亿几数"
            + "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

    /** Before 万元/亿元 these words stand for a figure: 数万元, 上万元, 每万元, 近万元, 超亿元, 以万元计. */
    private static final String AMOUNT_WORDS = "上每近约超逾以按成";

    /** No figure before: a numeral, or a word that stands for one, must not come right before the pattern. */
    private static final String NUMERAL_CLASS = "0-9０-９零〇一二三四五六七八九十两百千万亿几数多余⒈-⒛";
    private static final String NO_FIGURE = "(?<![" + NUMERAL_CLASS + "])";
    private static final String PUNCTUATION = "，。；、,;:：）)";
    private static final String PUNCTUATION_AFTER = "(?=[" + PUNCTUATION + "]|$)";
    private static final String COUNT_UNITS_BEFORE = NO_FIGURE + "(?:共|共计|合计|总计|累计|达到|达|计有|一共|总共)(?:多|余)?";

    private static final String POINTS = "个百分点";
    /** Units that never stand without a figure: 万元, 亿元, 万亩, 人次 … */
    private static final List<Anchored> BOUND_UNITS = List.of(
            Anchored.at("万", "", "(?:多|余)?(?:元|亩|平方米|册|人次)"),
            Anchored.at("亿", "", "(?:多|余)?(?:元|亩|平方米|册)"),
            Anchored.at("人次", "", "(?=[，。；、,;:：）)的]|$)"));

    /** Each pattern's match starts at the unit or word that was left behind. */
    static final List<Anchored> SLOTS = slots();

    private static List<Anchored> slots() {
        List<Anchored> slots = new ArrayList<>();
        slots.add(Anchored.at("元", "(?:了|达|达到|为|共|共计|投入|发放|筹措|落实|收取|节约|金额|合计|总计|累计|资金|经费|拨付"
                + "|下达|支出)", "(?![旦月宵素首老帅凶年代音])").precededBy("了达到为共计入放措实取约额金费付出"));
        // 「共计人，」 「达到人次，」: a count word, then straight the unit
        slots.addAll(Anchored.atEach(List.of("人次", "名", "人", "个", "所", "项", "篇", "户", "套", "间", "件", "台", "处", "起",
                "条", "期", "批", "亩", "平方米", "万平方米", "万人"), COUNT_UNITS_BEFORE, PUNCTUATION_AFTER, PUNCTUATION).stream()
                .map(slot -> slot.precededBy("共计到达有多余")).toList());
        slots.add(Anchored.at("比", "", "(?:去年|上年|上年度|同期|上学期)(?:多|少|增加|减少|增长|下降|提高了?)"
                + "(?:人次|人|名|个|所|项|万元|元|%|％)", "去上同"));
        slots.addAll(Anchored.atEach(List.of("平方米", "万平方米"), "(?:了|有|为|达)", "").stream()
                .map(slot -> slot.precededBy("了有为达")).toList());
        // 「派出个工作组」, 「撤并个校点」, 「等个文件」: 个 with nothing to count
        slots.add(Anchored.at("个", NO_FIGURE + "(?:派出|撤并|落实了|成立了|建成|新建|组建|设立|召开了|等|共|达|近|县|乡|镇|的)",
                "(?![别人体性案子头])").precededBy("出并了成建立等共达近县乡镇的"));
        // 「在校生人，」, 「大专有人，」, 「聘用人到」: a head count without the count
        slots.add(Anchored.at("人", NO_FIGURE + "(?<!陌)(?:学生|校生|儿童|幼儿|教师|干部|职工|学员|有|其中|聘用|招聘|录取)",
                "(?=[，。；、,;:：到上在参])", "，。；、,;:：到上在参").precededBy("生童儿师部工员有中用聘取"));
        slots.add(Anchored.at("名", NO_FIGURE + "(?:为|了|招聘|聘用|选聘|派出|全局|近|共|选派|表彰|评选出|推荐|有|培训)",
                "(?=教师|学生|同学|同志|干部|骨干|学科|中小学|贫困|优秀|工作人员|校长|党员|专家|志愿者|村)")
                .precededBy("为了聘用出局近共派彰荐有训"));
        slots.add(Anchored.at("所", NO_FIGURE + "(?:园|增加|减少|装修|竣工|建成|新建|撤并|等|共|达|”|」)",
                "(?=[，。；、,;:：）)大中小幼学]|$)", "，。；、,;:：）)大中小幼学").precededBy("园加少修工成建并等共达”」"));
        slots.add(Anchored.at("篇", NO_FIGURE + "(?:论文|稿件|文章|信息|简报)", PUNCTUATION_AFTER, PUNCTUATION)
                .precededBy("文件章息报"));
        slots.add(Anchored.at("份", NO_FIGURE + "(?:近|共|达|发放|印发|提供)", PUNCTUATION_AFTER, PUNCTUATION)
                .precededBy("近共达放发供"));
        slots.add(Anchored.at("亩", "[\\p{IsHan}&&[^" + NUMERAL_CLASS + "]]", PUNCTUATION_AFTER, PUNCTUATION));
        // 「5月中旬」 with the 5 gone: 「。月中旬」, 「，月份」, 「月至月份」, 「月日」, 「月初、月底」
        slots.add(Anchored.at("月", "(?<![" + NUMERAL_CLASS + "本每上下当次该元正腊个半这那同前近逐按整])",
                "(?:份|中旬|上旬|下旬|至|日)"));
        slots.add(Anchored.at("月", "(?<![^。，；：,;:、\\n])", "(?:初|底|末)"));
        slots.add(Anchored.at("初", "[至到]", "(?=[，,。、])").precededBy("至到"));
        slots.add(Anchored.at("月", "[和与及、]", "(?=[，,。；;])").precededBy("和与及、"));
        // a date or year deleted: 「。，按照」, 「早在，」, 「从开始」, 「该校自年以来」, 「周期（—）」, 「。—两年」
        slots.add(Anchored.at("。", "", "[ \\t]*[，、,]", " \t，、,"));
        slots.addAll(Anchored.atEach(List.of("早在", "截至", "截止", "直到"), "", "到?[ \\t]*[，,]"));
        slots.add(Anchored.at("从开始", "", ""));
        slots.add(Anchored.at("年", "(?:继|从|自)", "(?![级度初底内中终末])").precededBy("继从自"));
        slots.add(Anchored.at("年", "于", "(?![底初终内末度])").precededBy("于"));
        slots.addAll(Anchored.atEach(List.of("（", "("), "", "[ \\t]*[—–-]+[ \\t]*[）)]"));
        slots.addAll(Anchored.atEach(List.of("—", "–"), "(?<![^。，；,;\\n])[ \\t]{0,3}", "[—–]*[ \\t]*(?=两年|三年|年)"));
        slots.add(Anchored.at("率", "", "(?:已)?(?:达到|达|为)" + PUNCTUATION_AFTER, "已达为"));
        return List.copyOf(slots);
    }

    /** A rate and a figure but no % after it: 「巩固率达99.5以上」. */
    private static final Anchored RATE = Anchored.at("率", "(?:入学|升学|巩固|毕业|合格|及格|优秀|达标|覆盖|完成|就业|普及|上线|办结"
            + "|反馈|满意|参训|配备|入园|辍学|流失|出勤|通过|知晓|录取|到位|执行|利用|使用|结案|受理|按时)",
            "(?:达到|达|为|是|保持在|提高到|提高至|稳定在)?[ \\t]*([0-9]+(?:\\.[0-9]+)?)[ \\t]*(?:以上|左右)?"
                    + "(?=[，。；、,;）)]|$)");

    /** The patterns, for {@link AnchorStarts}. */
    @Override
    public List<Anchored> anchors() {
        List<Anchored> anchors = new ArrayList<>(SLOTS);
        anchors.addAll(BOUND_UNITS);
        anchors.add(RATE);
        return anchors;
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
            List<int[]> hits = new ArrayList<>();
            char[] chars = text == document.body() ? withoutTableHeaders(document) : text.chars();
            String masked = chars == text.chars() ? text.masked() : new String(chars);
            percent(masked, chars, hits);
            points(masked, hits);
            boundUnits(text, masked, hits);
            for (Anchored slot : SLOTS) {
                slot.forEach(text, masked, m -> hits.add(new int[] {m.start(), m.end()}));
            }
            hits.sort(java.util.Comparator.comparingInt(h -> h[0]));
            int lastEnd = -1;
            for (int[] hit : hits) {
                if (hit[0] < lastEnd) {
                    continue;
                }
                lastEnd = hit[1];
                out.add(Finding.of(text.position(hit[0]), Severity.WARNING, KIND,
                        Text.of("lint.missingNumber.figure", shown(masked, hit[0], hit[1])),
                        Text.of("lint.missingNumber.figure.hint")));
            }
            RATE.forEach(text, masked, rate -> {
                String shown = masked.substring(Math.max(0, rate.start() - 2), rate.end()).strip();
                out.add(Finding.of(text.position(rate.end(1)), Severity.WARNING, KIND,
                        Text.of("lint.missingNumber.percent", shown, rate.group(1)),
                        Text.of("lint.missingNumber.percent.hint", rate.group(1))));
            });
        }
    }

    /** Column names (受助人次, 金额（万元）, 占比（%）) name units without figures, as they should. */
    private static char[] withoutTableHeaders(LintDocument document) {
        if (document.tables().isEmpty()) {
            return document.body().chars();
        }
        char[] masked = document.body().chars().clone();
        for (LintDocument.Table table : document.tables()) {
            for (LintDocument.Row row : table.rows()) {
                if (row.header()) {
                    row.cells().forEach(cell -> Chars.blank(masked, cell.start(), cell.end()));
                }
            }
        }
        return masked;
    }

    /** {@code chars} are {@code masked}'s characters (the text's own array is only read). */
    private static void percent(String masked, char[] chars, List<int[]> hits) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != '%' && c != '％') {
                continue;
            }
            int before = Chars.nonSpaceBefore(masked, i);
            if (before == -1 || before < 128 && (Character.isLetterOrDigit(before) || "().%/:-+".indexOf(before) >= 0)
                    || "０１２３４５６７８９（：／％．".indexOf(before) >= 0 || NUMERALS.indexOf(before) >= 0) {
                continue;
            }
            hits.add(new int[] {i, i + 1});
        }
    }

    private static void points(String masked, List<int[]> hits) {
        for (int at = masked.indexOf(POINTS); at >= 0; at = masked.indexOf(POINTS, at + POINTS.length())) {
            int before = Chars.nonSpaceBefore(masked, at);
            if (before != -1 && Chars.isHan(before) && NUMERALS.indexOf(before) < 0 && before != '多' && before != '余') {
                hits.add(new int[] {at, at + POINTS.length()});
            }
        }
    }

    private static void boundUnits(LintText text, String masked, List<int[]> hits) {
        for (Anchored unit : BOUND_UNITS) {
            unit.forEach(text, masked, m -> {
                int start = m.start();
                int before = Chars.before(masked, start);
                if (before == '多' || before == '余') {
                    // 200多万元 is a figure; 经费多万元 lost its number
                    if (NUMERALS.indexOf(Chars.before(masked, start - 1)) >= 0) {
                        return;
                    }
                    start--;
                } else if (before == -1 || !Chars.isHan(before) || NUMERALS.indexOf(before) >= 0
                        || m.group().charAt(0) != '人' && AMOUNT_WORDS.indexOf(before) >= 0) {
                    return;
                }
                hits.add(new int[] {start, m.end()});
            });
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
