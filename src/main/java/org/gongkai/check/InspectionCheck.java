package org.gongkai.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.lint.Finding;
import org.gongkai.load.HolidayTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Site;

/**
 * The checks of a 政府网站 inspection, on a site that configured {@code disclosure:} (a site without it is not
 * publishing under the 条例's catalogue and is left as before): 空白栏目 and 栏目不更新, the 20 working days of
 * 第二十六条, and the 索引号, 发布日期 and 主题分类 every item needs. The 年度报告 of 第四十九条 is
 * {@link AnnualReportCheck}.
 */
final class InspectionCheck {

    private InspectionCheck() {
    }

    static List<Finding> check(Path root, Site site, Set<String> filesWithErrors, LocalDate today) {
        Disclosure disclosure = site.config().disclosure();
        if (!disclosure.configured()) {
            return List.of();
        }
        InspectionItems items = InspectionItems.of(site);
        List<Finding> findings = new ArrayList<>(ItemFieldsCheck.check(disclosure, items));
        findings.addAll(PublishDelayCheck.check(HolidayTable.shipped().with(disclosure.holidays()), items));
        findings.addAll(ColumnsCheck.check(root, disclosure, items, site.datasets(), filesWithErrors, today));
        return findings;
    }
}
