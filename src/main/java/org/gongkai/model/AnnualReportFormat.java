package org.gongkai.model;

import java.util.List;

/**
 * The national format of the 政府信息公开工作年度报告: the 2019 trial format (国办公开办函〔2019〕60号) for the reports
 * on 2019 and 2020, the 2021 format (国办公开办函〔2021〕30号) from 2021 on. The labels of both are
 * {@link AnnualReportForm}'s, written down once.
 */
public enum AnnualReportFormat {

    TRIAL_2019("国办公开办函〔2019〕60号"),
    FORMAT_2021("国办公开办函〔2021〕30号");

    private final String docNumber;

    AnnualReportFormat(String docNumber) {
        this.docNumber = docNumber;
    }

    /** The format a report on {@code year} is written in. */
    public static AnnualReportFormat forYear(int year) {
        return year >= 2021 ? FORMAT_2021 : TRIAL_2019;
    }

    /** The 文号 of the notice that set the format, e.g. 国办公开办函〔2021〕30号. */
    public String docNumber() {
        return docNumber;
    }

    /** The groups of table 二 (主动公开政府信息情况) in this format. */
    public List<AnnualReportForm.ActiveGroup> activeGroups() {
        return this == FORMAT_2021 ? AnnualReportForm.ACTIVE_2021 : AnnualReportForm.ACTIVE_2019;
    }

    /** The rows of table 三 (收到和处理政府信息公开申请情况) in this format. */
    public List<AnnualReportForm.ApplicationRow> applicationRows() {
        return this == FORMAT_2021 ? AnnualReportForm.APPLICATIONS_2021 : AnnualReportForm.APPLICATIONS_2019;
    }
}
