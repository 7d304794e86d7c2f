package org.gongkai.render.data;

import java.util.List;

import org.gongkai.render.view.LinkView;

/**
 * One school's 收费公示 of every school year, the latest first: what a parent looks for.
 *
 * @param schoolYears links to the sections of the page, one per school year
 * @param years one section per school year
 */
public record FeeSchoolView(String heading, String intro, List<LinkView> schoolYears, String bureauComplaintPhone,
                            String bureauPriceHotline, String summary, List<DownloadView> downloads,
                            List<YearSection> years) {

    public boolean hasBureauPhones() {
        return !bureauComplaintPhone.isEmpty() || !bureauPriceHotline.isEmpty();
    }

    /**
     * One school year of the school: one table, or one per 学段 when the school had more than one that year
     * ({@link FeesView.SchoolView#name} is then the 学段).
     */
    public record YearSection(String name, String id, List<FeesView.SchoolView> stages) {

        public YearSection {
            stages = List.copyOf(stages);
        }

        /** Whether each 学段 has its own heading and anchor. */
        public boolean byStage() {
            return stages.size() > 1;
        }
    }
}
