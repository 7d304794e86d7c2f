package org.gongkai.render.data;

import java.util.List;

import org.gongkai.render.view.LinkView;

/**
 * One school's 收费公示 of every school year, the latest first: what a parent looks for.
 *
 * @param schoolYears links to the sections of the page, one per school year
 * @param years one table per school year ({@link FeesView.SchoolView#name} is the school year)
 */
public record FeeSchoolView(String heading, String intro, List<LinkView> schoolYears, String bureauComplaintPhone,
                            String bureauPriceHotline, String summary, List<DownloadView> downloads,
                            List<FeesView.SchoolView> years) {

    public boolean hasBureauPhones() {
        return !bureauComplaintPhone.isEmpty() || !bureauPriceHotline.isEmpty();
    }
}
