package org.gongkai.acceptance;

import org.gongkai.testing.TestSite;

/** The small bureau sites the acceptance tests start from, written out as a user would have them. */
final class Sites {

    static final String SITE_YAML = """
            title: 宿松县教育局信息公开
            bureau: 宿松县教育局
            contacts:
              complaint_phone: "0556-7812345"
              price_hotline: "12358"
            """;

    static final String REPORT = """
            ---
            title: 宿松县教育局2011年工作总结
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 宿松县教育局
            tags: [学生资助]
            ---

            2011年，我局认真贯彻落实国家中长期教育改革和发展规划纲要。

            ## 一、主要工作

            **收费管理情况。**本学期严格执行收费公示制度。
            """;

    static final String FEES_HEADER = "school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,"
            + "effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes";
    static final String FEE_ROW = "宿松中学,普通高中,2011-2012,秋季学期,住宿费,行政事业性收费,600.00,元/生·学期,收取,否,"
            + "2011-09-01,2012-08-31,《关于规范学校住宿费标准的通知》,宿价〔2012〕21号,宿松县物价局,,,";
    static final String FEE_ROW_2 = "宿松县实验小学,小学,2011-2012,全学年,杂费,行政事业性收费,0.00,元/生·学期,免收,否,"
            + "2011-09-01,2012-08-31,《国务院关于做好免除城市义务教育阶段学生学杂费工作的通知》,国发〔2008〕25号,国务院,,,";

    static final String PROJECTS_HEADER = "project,program,region,site,year,works_type,status,status_as_of,total_wan,"
            + "central_wan,provincial_wan,municipal_wan,county_wan,other_wan,funding_source,funder,amount_kind,"
            + "approximate,item_count,count_unit,area_sqm,outputs,planned_completion,notes";
    static final String PROJECT_ROW = "校舍安全工程,中小学校舍安全工程,宿松县,宿松中学,2011,加固,已竣工,2011-12-30,161.4,100,"
            + "61.4,,,,专项资金,,到位,否,,,1200,,,";

    static final String AID_HEADER = "program,stage,region,year,term,recipients,recipient_unit,amount_wan,"
            + "per_capita_standard,funding_level,kind,approximate,as_of,notes";
    static final String AID_ROW = "国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,否,2011-12-30,";

    private Sites() {
    }

    /** site.yaml, one report and the three tables as UTF-8 CSV. */
    static TestSite bureau() {
        return TestSite.of("-- content/site.yaml --\n" + SITE_YAML)
                .file("content/reports/2011/2011-12-30-annual-summary.md", REPORT)
                .file("content/data/fees.csv", FEES_HEADER + "\n" + FEE_ROW + "\n" + FEE_ROW_2 + "\n")
                .file("content/data/projects.csv", PROJECTS_HEADER + "\n" + PROJECT_ROW + "\n")
                .file("content/data/aid.csv", AID_HEADER + "\n" + AID_ROW + "\n");
    }
}
