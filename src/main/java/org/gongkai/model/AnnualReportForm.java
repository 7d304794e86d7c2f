package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one vocabulary of the annual report's tables: every row and column label of tables 二, 三 and 四 as the
 * national formats print them, with the key an annual-report file ({@code content/annual-reports/<year>.yaml})
 * gives its numbers under. {@link AnnualReportFormat} picks the rows of its year's format.
 */
public final class AnnualReportForm {

    private AnnualReportForm() {
    }

    /** What a cell of table 二 holds. */
    public enum CellKind {
        /** a count of items, 0 or more */
        COUNT,
        /** a change against the year before, negative allowed (2019 format's 本年增/减) */
        CHANGE,
        /** an amount in 万元, decimals allowed */
        WAN
    }

    /** A row of table 二: its key in the file, its label and the kind of each of its cells. */
    public record ActiveRow(String key, String label, List<CellKind> cells) {
        public ActiveRow {
            cells = List.copyOf(cells);
        }
    }

    /** One 第二十条 item of table 二 with its column headers (after 信息内容) and rows. */
    public record ActiveGroup(String article, List<String> columns, List<ActiveRow> rows) {
        public ActiveGroup {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row of table 三.
     *
     * @param key the key in the file; empty for a heading row without numbers (三、本年度办理结果, （三）不予公开 …)
     * @param level 0 for 一 to 四, 1 for （一） to （七）, 2 for the numbered sub-rows
     * @param inResultTotal whether the row is one of the parts that （七）总计 adds up
     */
    public record ApplicationRow(String key, String label, int level, boolean inResultTotal) {
        public boolean hasNumbers() {
            return !key.isEmpty();
        }
    }

    /** The key of 一、本年新收政府信息公开申请数量. */
    public static final String NEW = "new";
    /** The key of 二、上年结转政府信息公开申请数量. */
    public static final String CARRIED_IN = "carried_in";
    /** The key of 三（七）总计. */
    public static final String RESULT_TOTAL = "total";
    /** The key of 四、结转下年度继续办理. */
    public static final String CARRIED_OVER = "carried_over";

    /** The columns of table 三 that are given (申请人情况); 总计 follows them. */
    public static final List<String> APPLICANT_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织",
            "法律服务机构", "其他");
    /** The group heading over the five columns after 自然人. */
    public static final String LEGAL_PERSONS = "法人或其他组织";
    public static final String TOTAL = "总计";

    /** The groups of table 四 with their keys. */
    public static final List<String> APPEAL_KEYS = List.of("review", "direct_suit", "suit_after_review");
    public static final List<String> APPEAL_LABELS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");
    public static final String LAWSUIT = "行政诉讼";
    /** The four given cells of each group of table 四; 总计 follows them. */
    public static final List<String> APPEAL_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结");

    private static final List<CellKind> THREE_COUNTS = List.of(CellKind.COUNT, CellKind.COUNT, CellKind.COUNT);
    private static final List<CellKind> ONE_COUNT = List.of(CellKind.COUNT);
    private static final List<CellKind> PROJECTS = List.of(CellKind.COUNT, CellKind.CHANGE, CellKind.COUNT);

    static final List<ActiveGroup> ACTIVE_2021 = List.of(
            new ActiveGroup("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of(
                    new ActiveRow("rules", "规章", THREE_COUNTS),
                    new ActiveRow("normative", "行政规范性文件", THREE_COUNTS))),
            new ActiveGroup("第二十条第（五）项", List.of("本年处理决定数量"), List.of(
                    new ActiveRow("licensing", "行政许可", ONE_COUNT))),
            new ActiveGroup("第二十条第（六）项", List.of("本年处理决定数量"), List.of(
                    new ActiveRow("penalty", "行政处罚", ONE_COUNT),
                    new ActiveRow("enforcement", "行政强制", ONE_COUNT))),
            new ActiveGroup("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(
                    new ActiveRow("fees", "行政事业性收费", List.of(CellKind.WAN)))));

    static final List<ActiveGroup> ACTIVE_2019 = List.of(
            new ActiveGroup("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of(
                    new ActiveRow("rules", "规章", THREE_COUNTS),
                    new ActiveRow("normative", "规范性文件", THREE_COUNTS))),
            new ActiveGroup("第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of(
                    new ActiveRow("licensing", "行政许可", PROJECTS),
                    new ActiveRow("other_services", "其他对外管理服务事项", PROJECTS))),
            new ActiveGroup("第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of(
                    new ActiveRow("penalty", "行政处罚", PROJECTS),
                    new ActiveRow("enforcement", "行政强制", PROJECTS))),
            new ActiveGroup("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), List.of(
                    new ActiveRow("fees", "行政事业性收费", List.of(CellKind.COUNT, CellKind.CHANGE)))),
            new ActiveGroup("第二十条第（九）项", List.of("采购项目数量", "采购总金额（单位：万元）"), List.of(
                    new ActiveRow("procurement", "政府集中采购", List.of(CellKind.COUNT, CellKind.WAN)))));

    static final List<ApplicationRow> APPLICATIONS_2021 = applications(true);
    static final List<ApplicationRow> APPLICATIONS_2019 = applications(false);

    private static List<ApplicationRow> applications(boolean format2021) {
        List<ApplicationRow> rows = new ArrayList<>();
        rows.add(new ApplicationRow(NEW, "一、本年新收政府信息公开申请数量", 0, false));
        rows.add(new ApplicationRow(CARRIED_IN, "二、上年结转政府信息公开申请数量", 0, false));
        rows.add(new ApplicationRow("", "三、本年度办理结果", 0, false));
        rows.add(new ApplicationRow("disclosed", "（一）予以公开", 1, true));
        rows.add(new ApplicationRow("partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, true));
        rows.add(new ApplicationRow("", "（三）不予公开", 1, false));
        part(rows, "withheld_state_secret", "1.属于国家秘密");
        part(rows, "withheld_by_law", "2.其他法律行政法规禁止公开");
        part(rows, "withheld_safety", "3.危及“三安全一稳定”");
        part(rows, "withheld_third_party", "4.保护第三方合法权益");
        part(rows, "withheld_internal", "5.属于三类内部事务信息");
        part(rows, "withheld_process", "6.属于四类过程性信息");
        part(rows, "withheld_case_file", "7.属于行政执法案卷");
        part(rows, "withheld_inquiry", "8.属于行政查询事项");
        rows.add(new ApplicationRow("", "（四）无法提供", 1, false));
        part(rows, "unavailable_not_held", "1.本机关不掌握相关政府信息");
        part(rows, "unavailable_to_be_made", "2.没有现成信息需要另行制作");
        part(rows, "unavailable_unclear", "3.补正后申请内容仍不明确");
        rows.add(new ApplicationRow("", "（五）不予处理", 1, false));
        part(rows, "refused_petition", "1.信访举报投诉类申请");
        part(rows, "refused_repeated", "2.重复申请");
        part(rows, "refused_publication", "3.要求提供公开出版物");
        part(rows, "refused_mass", "4.无正当理由大量反复申请");
        part(rows, "refused_confirmation", "5.要求行政机关确认或重新出具已获取信息");
        if (format2021) {
            rows.add(new ApplicationRow("", "（六）其他处理", 1, false));
            part(rows, "other_not_corrected", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
            part(rows, "other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
            part(rows, "other", "3.其他");
        } else {
            rows.add(new ApplicationRow("other", "（六）其他处理", 1, true));
        }
        rows.add(new ApplicationRow(RESULT_TOTAL, "（七）总计", 1, false));
        rows.add(new ApplicationRow(CARRIED_OVER, "四、结转下年度继续办理", 0, false));
        return List.copyOf(rows);
    }

    private static void part(List<ApplicationRow> rows, String key, String label) {
        rows.add(new ApplicationRow(key, label, 2, true));
    }
}
