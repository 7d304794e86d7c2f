package org.gongkai.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gongkai.lint.Finding;
import org.gongkai.model.WorkCalendar;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * 条例 第二十六条: information to be disclosed on the bureau's own initiative is published within 20 working days of
 * being made. The 发布日期 ({@code published}) is compared with the 成文日期 ({@code date}) in working days of the
 * 节假日安排 table; a span with a year outside the table is not guessed at but said once.
 */
final class PublishDelayCheck {

    static final String KIND = "publish-delay";
    static final int LIMIT = 20;

    private PublishDelayCheck() {
    }

    static List<Finding> check(WorkCalendar calendar, InspectionItems items) {
        List<Finding> findings = new ArrayList<>();
        SortedSet<Integer> outside = new TreeSet<>();
        InspectionItems.Item firstOutside = null;
        for (InspectionItems.Item item : items.items()) {
            if (item.date().isEmpty() || item.meta().published().isEmpty()) {
                continue;
            }
            LocalDate made = item.date().get();
            LocalDate published = item.meta().published().get();
            if (!published.isAfter(made.plusDays(LIMIT))) {
                continue; // 20 calendar days are never more than 20 working days
            }
            int days = calendar.workdaysAfter(made, published);
            if (days < 0) {
                for (int y = made.getYear(); y <= published.getYear(); y++) {
                    if (!calendar.covers(y)) {
                        outside.add(y);
                    }
                }
                firstOutside = firstOutside == null ? item : firstOutside;
            } else if (days > LIMIT) {
                findings.add(new Finding(new Problem(SourcePosition.of(item.file(), item.shownLine()), Severity.WARNING,
                        KIND, Text.of("inspect.delay", published.toString(), made.toString(), days),
                        Text.of("inspect.delay.hint")), ""));
            }
        }
        if (firstOutside != null) {
            String years = outside.stream().map(String::valueOf).collect(Collectors.joining("、"));
            SortedSet<Integer> covered = calendar.coveredYears();
            String table = covered.isEmpty() ? "—" : covered.first() + "—" + covered.last();
            findings.add(new Finding(new Problem(SourcePosition.of(firstOutside.file(), firstOutside.shownLine()),
                    Severity.INFO, KIND, Text.of("inspect.delay.outside", years, table),
                    Text.of("inspect.delay.outside.hint")), ""));
        }
        return findings;
    }
}
