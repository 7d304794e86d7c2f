package org.gongkai.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code gongkai new site DIR}: a site that builds as it is: site.yaml, one example report, two free pages, and
 * the three data tables with their header rows only (columns as the format defines them).
 */
public final class SiteSkeleton {

    public static final String DEFAULT_BUREAU = "某某县教育局";

    static final String FEES_HEADER = "school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,"
            + "effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes\n";
    static final String PROJECTS_HEADER = "project,program,region,site,year,works_type,status,status_as_of,total_wan,"
            + "central_wan,provincial_wan,municipal_wan,county_wan,other_wan,funding_source,funder,amount_kind,"
            + "approximate,item_count,count_unit,area_sqm,outputs,planned_completion,notes\n";
    static final String AID_HEADER = "program,stage,region,year,term,recipients,recipient_unit,amount_wan,"
            + "per_capita_standard,funding_level,kind,approximate,as_of,notes\n";

    private SiteSkeleton() {
    }

    /** Writes the skeleton into {@code dir} (created when missing); refuses a folder that has a content/ already. */
    public static List<Path> create(Path dir, String bureau, LocalDate today, Problems problems) {
        SitePaths paths = new SitePaths(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            problems.add(Problem.error(SourcePosition.of(dir.toString()), Text.of("scaffold.notAFolder"),
                    Text.of("scaffold.notAFolder.hint")));
            return List.of();
        }
        if (Files.exists(paths.content())) {
            problems.add(Problem.error(SourcePosition.of(dir.toString()), Text.of("scaffold.siteExists"),
                    Text.of("scaffold.siteExists.hint")));
            return List.of();
        }
        int year = today.getYear();
        String quotedBureau = FrontMatterText.quote(bureau);
        NewFiles files = new NewFiles(paths::display)
                .add(paths.siteYaml(), siteYaml(bureau))
                .add(paths.reports().resolve(Integer.toString(year)).resolve(today + "-" + year + "-work-points.md"),
                        exampleReport(quotedBureau, bureau, today))
                .add(paths.pages().resolve("guide.md"), GUIDE)
                .add(paths.pages().resolve("about.md"), ABOUT)
                .add(paths.data().resolve("fees.csv"), FEES_HEADER)
                .add(paths.data().resolve("projects.csv"), PROJECTS_HEADER)
                .add(paths.data().resolve("aid.csv"), AID_HEADER);
        Path gitignore = paths.root().resolve(".gitignore");
        if (!Files.exists(gitignore)) { // a folder already under git keeps its own
            files.add(gitignore, SitePaths.GITIGNORE);
        }
        return files.write(Text.of("scaffold.exists.newFolder.hint"), problems);
    }

    /** The problem for {@code new report} and {@code new page} outside a site. */
    static Problem noSite(SitePaths paths) {
        return Problem.error(SourcePosition.of(paths.root().toString()), Text.of("scaffold.noSite"),
                Text.of("scaffold.noSite.hint"));
    }

    private static String siteYaml(String bureau) {
        return """
                # 网站设置。每个键的含义见 Gongkai 的说明（README.md 中「site.yaml」一节）。
                title: %s
                bureau: %s
                # 网站发布的绝对地址。填写后才会生成订阅（feed.xml）和网站地图（sitemap.xml）。
                # base_url: https://jyj.example.gov.cn/
                language: zh-CN
                # 联系方式显示在每页页脚和首页。电话号码请加引号。
                # contacts:
                #   address: 某某路1号
                #   phone: "0000-0000000"
                #   email: xxgk@example.gov.cn
                #   complaint_phone: "0000-0000000"
                #   price_hotline: "12315"
                # footer:
                #   - 备案号
                """.formatted(FrontMatterText.quote(bureau + "信息公开"), FrontMatterText.quote(bureau));
    }

    private static String exampleReport(String quotedBureau, String bureau, LocalDate today) {
        int year = today.getYear();
        return """
                ---
                title: %s
                date: %s
                year: %d
                period: 全年
                category: 工作要点
                department: %s
                tags: [学生资助]
                summary: "这是 gongkai new site 生成的示例报告，演示报告的写法。请改写或删除它。"
                ---

                报告正文用 Markdown 书写。这一段是导语，列表和订阅在没有 summary 时显示它。

                ## 一、主要任务

                ### （一）学生资助

                **落实资助政策。**按时足额发放各类资助资金。

                | 资助项目 | 人数 | 金额（万元） |
                |---|---:|---:|
                | 国家助学金（示例） | 100 | 15 |
                | 合计 | 100 | 15 |

                ## 二、保障措施

                新的报告用 `gongkai new report 标题` 生成，新的页面用 `gongkai new page 标题` 生成。
                """.formatted(FrontMatterText.quote(bureau + year + "年工作要点（示例）"), today, year, quotedBureau);
    }

    private static final String GUIDE = """
            ---
            title: "信息公开指南"
            weight: 1
            ---

            为便于公民、法人和其他组织获取本局政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。

            ## 一、主动公开

            （列出本局主动公开的信息和公开的时限。）

            ## 二、依申请公开

            （说明申请的方式、所需内容和答复期限。）
            """;

    private static final String ABOUT = """
            ---
            title: "关于我们"
            ---

            （在这里介绍本局的职责、内设机构和办公地址。）
            """;
}
