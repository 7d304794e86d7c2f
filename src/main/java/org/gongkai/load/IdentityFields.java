package org.gongkai.load;

import java.nio.file.Files;
import java.util.Set;

import org.gongkai.model.Identity;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/** {@code identity:} of site.yaml ({@link Identity}): the 网站标识码 must be 10 digits, the badge a static file. */
final class IdentityFields {

    static final Set<String> KEYS = Set.of("host", "operator", "contact", "site_code", "icp", "police", "badge");

    private IdentityFields() {
    }

    static Identity read(YamlValue.Mapping mapping, String file, SitePaths paths, Problems problems) {
        YamlFields fields = new YamlFields(mapping, file, problems);
        fields.rejectUnknownKeys(KEYS, Text.of("meta.where.identity"));
        String siteCode = fields.text("site_code", false, "\"3408000001\"").orElse("");
        if (!siteCode.isEmpty() && !siteCode.matches("\\d{10}")) {
            problems.add(Problem.error(fields.positionOf("site_code"), Text.of("meta.siteCode", siteCode),
                    Text.of("meta.siteCode.hint")));
        }
        String badge = fields.text("badge", false, "images/dzjg.png").orElse("");
        if (!badge.isEmpty() && (badge.contains("..") || !Files.isRegularFile(paths.staticFiles().resolve(badge)))) {
            problems.add(Problem.error(fields.positionOf("badge"), Text.of("meta.badge", badge), Text.of("meta.badge.hint")));
        }
        return new Identity(
                fields.text("host", false, "宿松县教育局").orElse(""),
                fields.text("operator", false, "宿松县教育局办公室").orElse(""),
                fields.text("contact", false, "\"0556-7812345\"").orElse(""),
                siteCode,
                fields.text("icp", false, "皖ICP备00000000号").orElse(""),
                fields.text("police", false, "皖公网安备 34082602000000号").orElse(""),
                badge);
    }
}
