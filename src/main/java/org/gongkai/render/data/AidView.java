package org.gongkai.render.data;

import java.util.List;

/** The 学生资助 page: by year, grants and loans in separate tables with separate totals. */
public record AidView(String intro, List<DownloadView> downloads, List<YearView> years) {

    /**
     * One year's aid.
     *
     * @param grantTotal the sum of every row that is not a loan
     * @param grantRecipients recipients per unit (人, 人次, 份 are never summed together)
     */
    public record YearView(String year, String id, List<RowView> grants, String grantTotal, String grantRecipients,
                           String grantsWithoutAmount, List<RowView> loans, String loanTotal, String loanRecipients,
                           List<ChartView> charts) {

        public boolean hasGrants() {
            return !grants.isEmpty();
        }

        public boolean hasLoans() {
            return !loans.isEmpty();
        }
    }

    public record RowView(String program, String stage, String region, String term, String recipients, String amount,
                          String standard, String fundingLevel, String kind, String asOf, String notes) {
    }
}
