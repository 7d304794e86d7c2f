package org.gongkai.render.data;

import java.util.List;

import org.gongkai.render.view.LinkView;

/**
 * A 收费公示 page: one school year (or one school of it), grouped by 学段 and then by school.
 *
 * @param schoolYears links to every school year, the shown one current
 * @param schoolIndex links to each school (an anchor, or its own page when the year is split)
 * @param stages the tables; empty on the index page of a split school year
 */
public record FeesView(String heading, String intro, List<LinkView> schoolYears, String bureauComplaintPhone,
                       String bureauPriceHotline, String summary, List<DownloadView> downloads,
                       List<IndexStage> schoolIndex, List<StageView> stages) {

    public boolean hasBureauPhones() {
        return !bureauComplaintPhone.isEmpty() || !bureauPriceHotline.isEmpty();
    }

    public boolean hasSchoolIndex() {
        return !schoolIndex.isEmpty();
    }

    /** Schools of one 学段 in the index. */
    public record IndexStage(String stage, List<LinkView> schools) {
    }

    public record StageView(String stage, String id, List<SchoolView> schools) {
    }

    /**
     * One school's table (or, on a school's page, one school year's), with the complaint numbers its rows give.
     *
     * @param moreUrl a link beside the table: the school's page of every school year, or on that page the school
     *     year's page of every school; empty when there is none
     */
    public record SchoolView(String name, String id, String captionId, String caption, String complaintPhones,
                             String priceHotlines, List<FeeRowView> rows, String moreUrl, String moreLabel) {
    }

    /**
     * One fee item.
     *
     * @param previousAmount last school year's standard when it changed, with its unit when that changed too
     */
    public record FeeRowView(String item, String term, String feeType, String amount, String unit, String status,
                             boolean exempt, boolean reduced, boolean voluntary, boolean changed, String previousAmount,
                             boolean isNew, String basisDoc, String basisDocNo, String authority, String validity,
                             String notes) {

        public String rowClass() {
            return (exempt ? "exempt" : "") + (changed ? " changed" : "") + (isNew ? " new-item" : "");
        }
    }
}
