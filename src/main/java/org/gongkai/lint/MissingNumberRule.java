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

    private static final String NUMERALS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十两百千万亿几数"
            + "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

    /** Before 万元/亿元 these words stand for a figure: 数万元, 上万元, 每万元, 近万元, 超亿元, 以万元计. */
    private static final String AMOUNT_WORDS = "上每近约超逾以按成";

    /** No figure before: a numeral, or a word that stands for one, must not come right before the pattern. */
    private static final String NO_FIGURE = "(?<![0-9０-９零〇一二三四五六七八九十两百千万亿几数多余⒈-⒛])";
    private static final String PUNCTUATION_AFTER = "(?=[，。；、,;:：）)]|$)";

    private static final Pattern PERCENT = Pattern.compile("[%％]");
    private static final Pattern POINTS = Pattern.compile("个百分点");
    /** Units that never stand without a figure: 万元, 亿元, 万亩, 人次 … */
    private static final Pattern BOUND_UNIT = Pattern.compile("(?:多|余)?(?:(?:万|亿)(?:多|余)?(?:元|亩|平方米|册|人次)"
            + "|人次(?=[，。；、,;:：）)的]|$))");
    private static final Pattern YUAN = Pattern.compile("(?:了|达|达到|为|共|共计|投入|发放|筹措|落实|收取|节约|金额|合计|总计"
            + "|累计|资金|经费|拨付|下达|支出)元(?![旦月宵素首老帅凶年代音])");
    private static final Pattern COUNT = Pattern.compile(NO_FIGURE + "(?:共|共计|合计|总计|累计|达到|达|计有|一共|总共)(?:多|余)?"
            + "(?:人次|名|人|个|所|项|篇|户|套|间|件|台|处|起|条|期|批|亩|平方米|万平方米|万人)" + PUNCTUATION_AFTER);
    private static final Pattern COMPARED = Pattern.compile("比(?:去年|上年|上年度|同期|上学期)(?:多|少|增加|减少|增长|下降|提高了?)"
            + "(?:人次|人|名|个|所|项|万元|元|%|％)");
    private static final Pattern AREA = Pattern.compile("(?:了|有|为|达)(?:平方米|万平方米)");
    /** 「派出个工作组」, 「撤并个校点」, 「等个文件」: 个 with nothing to count. */
    private static final Pattern GE = Pattern.compile(NO_FIGURE + "(?:派出|撤并|落实了|成立了|建成|新建|组建|设立|召开了|等|共|达|近|"
            + "县|乡|镇|的)个(?![别人体性案子头])");
    /** 「在校生人，」, 「大专有人，」, 「聘用人到」: a head count without the count. */
    private static final Pattern REN = Pattern.compile(NO_FIGURE + "(?<!陌)(?:学生|校生|儿童|幼儿|教师|干部|职工|学员|有|其中|聘用|"
            + "招聘|录取)人(?=[，。；、,;:：到上在参])");
    private static final Pattern MING = Pattern.compile(NO_FIGURE + "(?:为|了|招聘|聘用|选聘|派出|全局|近|共|选派|表彰|评选出|推荐"
            + "|有|培训)名(?=教师|学生|同学|同志|干部|骨干|学科|中小学|贫困|优秀|工作人员|校长|党员|专家|志愿者|村)");
    private static final Pattern SUO = Pattern.compile(NO_FIGURE + "(?:园|增加|减少|装修|竣工|建成|新建|撤并|等|共|达|”|」)所"
            + "(?=[，。；、,;:：）)大中小幼学]|$)");
    private static final Pattern PIECES = Pattern.compile(NO_FIGURE + "(?:论文|稿件|文章|信息|简报)篇" + PUNCTUATION_AFTER
            + "|" + NO_FIGURE + "(?:近|共|达|发放|印发|提供)份" + PUNCTUATION_AFTER
            + "|" + NO_FIGURE + "(?<=[\\p{IsHan}])亩" + PUNCTUATION_AFTER);
    /** 「5月中旬」 with the 5 gone: 「。月中旬」, 「，月份」, 「月至月份」, 「月日」. */
    private static final Pattern MONTH = Pattern.compile("(?<![0-9０-９零〇一二三四五六七八九十两本每上下当次该元正腊几个半这那同前近逐按整⒈-⒛])"
            + "月(?:份|中旬|上旬|下旬|至|日)|(?<=^|[。，；：,;:、\\n])月(?:初|底|末)|[至到]初(?=[，,。、])"
            + "|(?<=[和与及、])月(?=[，,。；;])");
    private static final Pattern DELETED_DATE = Pattern.compile("。[ \\t]*[，、,]|(?:早在|截至|截止到?|直到)[ \\t]*[，,]|从开始"
            + "|(?:继|从|自)年(?![级度初底内中终末])|于年(?![底初终内末度])|[（(][ \\t]*[—–-]+[ \\t]*[）)]|(?<=^|[。，；,;\\n])[ \\t]*[—–]+[ \\t]*(?=两年|三年|年)");
    private static final Pattern RATE_WITHOUT_FIGURE = Pattern.compile("率(?:已)?(?:达到|达|为)" + PUNCTUATION_AFTER);
    private static final Pattern RATE = Pattern.compile("(?:入学|升学|巩固|毕业|合格|及格|优秀|达标|覆盖|完成|就业|普及|上线|办结"
            + "|反馈|满意|参训|配备|入园|辍学|流失|出勤|通过|知晓|录取|到位|执行|利用|使用|结案|受理|按时)率"
            + "(?:达到|达|为|是|保持在|提高到|提高至|稳定在)?[ \\t]*([0-9]+(?:\\.[0-9]+)?)[ \\t]*(?:以上|左右)?"
            + "(?=[，。；、,;）)]|$)");

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        for (LintText text : document.texts()) {
            List<int[]> hits = new ArrayList<>();
            String masked = text == document.body() ? withoutTableHeaders(document) : text.masked();
            percent(masked, hits);
            points(masked, hits);
            boundUnits(masked, hits);
            for (Pattern pattern : List.of(YUAN, COUNT, COMPARED, AREA, GE, REN, MING, SUO, PIECES, MONTH, DELETED_DATE,
                    RATE_WITHOUT_FIGURE)) {
                simple(masked, pattern, hits);
            }
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

    /** Column names (受助人次, 金额（万元）, 占比（%）) name units without figures, as they should. */
    private static String withoutTableHeaders(LintDocument document) {
        char[] masked = document.body().masked().toCharArray();
        for (LintDocument.Table table : document.tables()) {
            for (LintDocument.Row row : table.rows()) {
                if (row.header()) {
                    row.cells().forEach(cell -> MarkdownText.blank(masked, cell.start(), cell.end()));
                }
            }
        }
        return new String(masked);
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

    private static void boundUnits(String masked, List<int[]> hits) {
        Matcher m = BOUND_UNIT.matcher(masked);
        while (m.find()) {
            int i = m.start();
            int before = Chars.before(masked, i);
            if (m.group().startsWith("多") || m.group().startsWith("余")) {
                // 200多万元 is a figure; 经费多万元 lost its number
                if (before != -1 && NUMERALS.indexOf(before) >= 0) {
                    continue;
                }
            } else if (before == -1 || !Chars.isHan(before) || NUMERALS.indexOf(before) >= 0
                    || (m.group().contains("万") || m.group().contains("亿")) && AMOUNT_WORDS.indexOf(before) >= 0) {
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
