package org.gongkai.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of the data tables for tests: a good row of each, and copies with one cell changed. */
public final class DataRows {

    public static final String FEES_HEADER = "school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,"
            + "effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes";
    /** 宿松中学 住宿费 2012-2013; column 7 is amount, 8 unit, 11 effective_from, 14 basis_doc_no. */
    public static final String FEE = "宿松中学,普通高中,2012-2013,全学年,住宿费,行政事业性收费,240.00,元/生·学期,收取,否,"
            + "2012-09-01,2013-08-31,《关于宿松中学收费标准的批复》,宿价〔2012〕21号,宿松县物价局,0556-1001001,12358,仅向住校生收取";

    public static final String PROJECTS_HEADER = "project,program,region,site,year,works_type,status,status_as_of,total_wan,"
            + "central_wan,provincial_wan,municipal_wan,county_wan,other_wan,funding_source,funder,amount_kind,approximate,"
            + "item_count,count_unit,area_sqm,outputs,planned_completion,notes";
    /** Column 9 is total_wan, 10–14 the split, 17 amount_kind, 18 approximate, 19 item_count, 20 count_unit. */
    public static final String PROJECT = "学校标准化建设（2012年）,学校标准化建设,淮北市杜集区,32所学校,2012,设备购置,已完成,2013-03-08,"
            + "900,,,,,,,,投入,否,32,所学校,,,,";

    public static final String AID_HEADER = "program,stage,region,year,term,recipients,recipient_unit,amount_wan,"
            + "per_capita_standard,funding_level,kind,approximate,as_of,notes";
    /** Column 6 is recipients, 7 recipient_unit, 8 amount_wan, 11 kind. */
    public static final String AID = "高中助学金补助,普通高中,成都市武侯区,2012,全年,4330,人次,331.71,,中央和地方,助学金,否,2012-12-31,";

    private DataRows() {
    }

    /** {@code row} with its 1-based {@code column} replaced by {@code value} (quoted when it has a comma). */
    public static String with(String row, int column, String value) {
        List<String> cells = new ArrayList<>(Arrays.asList(row.split(",", -1)));
        cells.set(column - 1, value.contains(",") ? "\"" + value + "\"" : value);
        return String.join(",", cells);
    }

    /** A txtar file block: {@code -- content/data/NAME --} with the given lines. */
    public static String file(String name, String... lines) {
        return "-- content/data/" + name + " --\n" + String.join("\n", lines) + "\n";
    }
}
