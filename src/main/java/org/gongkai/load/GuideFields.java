package org.gongkai.load;

import java.nio.file.Files;

import org.gongkai.model.Guide;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/** {@code guide:} of site.yaml: the facts of the 政府信息公开指南 ({@link Guide}); the form must be a static file. */
final class GuideFields {

    private GuideFields() {
    }

    static Guide read(YamlValue.Mapping mapping, String file, SitePaths paths, Problems problems) {
        YamlFields fields = new YamlFields(mapping, file, problems);
        fields.rejectUnknownKeys(ConfigLoader.GUIDE_KEYS, Text.of("annual.where.guide"));
        String form = fields.text("form", false, "files/application-form.docx").orElse("");
        if (!form.isEmpty() && (form.contains("..") || !Files.isRegularFile(paths.staticFiles().resolve(form)))) {
            problems.add(Problem.error(fields.positionOf("form"), Text.of("annual.guide.form", form),
                    Text.of("annual.guide.form.hint", form)));
        }
        return new Guide(
                fields.text("office", false, "宿松县教育局办公室").orElse(""),
                fields.text("address", false, "宿松县孚玉镇…").orElse(""),
                fields.text("hours", false, "工作日上午8:00—12:00，下午14:30—17:30").orElse(""),
                fields.text("phone", false, "\"0556-7812345\"").orElse(""),
                fields.text("fax", false, "\"0556-7812346\"").orElse(""),
                fields.text("email", false, "xxgk@example.gov.cn").orElse(""),
                fields.text("postcode", false, "\"246500\"").orElse(""),
                fields.text("procedure", false, "|\n    1. 提出申请……").orElse(""),
                fields.text("fee", false, "|\n    ……").orElse(""),
                form);
    }
}
