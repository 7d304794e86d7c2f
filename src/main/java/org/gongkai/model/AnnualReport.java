package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One 政府信息公开工作年度报告: the numbers of {@code content/annual-reports/<year>.yaml}, totals filled in and checked,
 * and the prose of the optional {@code <year>.md}.
 *
 * @param active table 二 by row key ({@link AnnualReportForm.ActiveRow#key()}), one value per cell
 * @param applications table 三 by row key, the six applicant columns and then 总计 (seven values)
 * @param appeals table 四 by group key ({@link AnnualReportForm#APPEAL_KEYS}), four values and then 总计
 * @param overview Markdown of 一、总体情况; empty when not written
 * @param issues Markdown of 五、存在的主要问题及改进情况; empty when not written
 * @param other Markdown of 六、其他需要报告的事项; empty when not written
 */
public record AnnualReport(int year, AnnualReportFormat format, String sourcePath,
                           Map<String, List<BigDecimal>> active, Map<String, List<Long>> applications,
                           Map<String, List<Long>> appeals, String overview, String issues, String other) {

    public AnnualReport {
        Objects.requireNonNull(format, "format must not be null");
        active = Map.copyOf(active);
        applications = Map.copyOf(applications);
        appeals = Map.copyOf(appeals);
    }
}
