package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.model.Contacts;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Guide;
import org.gongkai.model.Identity;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** Reads {@code content/site.yaml}. Unknown keys and wrong types are errors at their line. */
public final class ConfigLoader {

    /** Every key of site.yaml; README.md documents each one (a test keeps the two in step). */
    public static final Set<String> KEYS = Set.of("title", "bureau", "base_url", "language", "theme", "contacts", "footer", "guide",
            "disclosure", "identity", "portable", "search");
    public static final Set<String> GUIDE_KEYS = Set.of("office", "address", "hours", "phone", "fax", "email", "postcode",
            "procedure", "fee", "form");
    public static final Set<String> CONTACT_KEYS = Set.of("address", "phone", "email", "complaint_phone", "price_hotline");

    private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?");
    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final YamlReader yaml = new YamlReader();

    public Optional<SiteConfig> load(SitePaths paths, Problems problems) {
        Path file = paths.siteYaml();
        String shown = paths.display(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("load.site.missing"), Text.of("load.site.missing.hint", shown)));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("load.site.unreadable", IoReason.of(e)), Text.NONE));
            return Optional.empty();
        }
        return SourceText.decodeUtf8(bytes, shown, problems)
                .flatMap(text -> yaml.readMapping(text, shown, 1, problems))
                .flatMap(mapping -> read(mapping, shown, paths, problems));
    }

    private Optional<SiteConfig> read(YamlValue.Mapping mapping, String file, SitePaths paths, Problems problems) {
        int before = problems.errorCount();
        YamlFields fields = new YamlFields(mapping, file, problems);
        fields.rejectUnknownKeys(KEYS, Text.of("load.where.siteYaml"));
        String title = fields.text("title", true, "宿松县教育局信息公开").orElse("");
        String bureau = fields.text("bureau", true, "宿松县教育局").orElse("");
        String baseUrl = fields.text("base_url", false, "https://jyj.example.gov.cn/").orElse("");
        if (!baseUrl.isEmpty() && !BASE_URL.matcher(baseUrl).matches()) {
            problems.add(Problem.error(fields.positionOf("base_url"), Text.of("load.site.baseUrl", baseUrl),
                    Text.of("load.site.baseUrl.hint")));
        }
        String language = fields.text("language", false, SiteConfig.DEFAULT_LANGUAGE).orElse("");
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            problems.add(Problem.error(fields.positionOf("language"), Text.of("load.site.language", language),
                    Text.of("load.site.language.hint")));
        }
        String theme = fields.text("theme", false, SiteConfig.DEFAULT_THEME).orElse("");
        if (!theme.isEmpty() && !THEME.matcher(theme).matches()) {
            problems.add(Problem.error(fields.positionOf("theme"), Text.of("load.site.theme", theme), Text.of("load.site.theme.hint")));
        }
        Contacts contacts = fields.mapping("contacts").map(m -> contacts(m, file, problems)).orElse(Contacts.NONE);
        var footer = fields.textList("footer", "[\"皖ICP备00000000号\"]");
        Guide guide = fields.mapping("guide").map(m -> GuideFields.read(m, file, paths, problems)).orElse(Guide.NONE);
        Disclosure disclosure = fields.mapping("disclosure").map(m -> DisclosureFields.read(m, file, problems))
                .orElse(Disclosure.NONE);
        Identity identity = fields.mapping("identity").map(m -> IdentityFields.read(m, file, paths, problems))
                .orElse(Identity.NONE);
        boolean portable = fields.flag("portable").orElse(false);
        boolean search = fields.flag("search").orElse(true);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title, bureau, baseUrl, language, theme, contacts, footer, guide, disclosure,
                identity, portable, search));
    }

    private static Contacts contacts(YamlValue.Mapping mapping, String file, Problems problems) {
        YamlFields fields = new YamlFields(mapping, file, problems);
        fields.rejectUnknownKeys(CONTACT_KEYS, Text.of("load.where.contacts"));
        return new Contacts(
                fields.text("address", false, "宿松县孚玉镇…").orElse(""),
                fields.text("phone", false, "\"0556-7812345\"").orElse(""),
                fields.text("email", false, "jyj@example.gov.cn").orElse(""),
                fields.text("complaint_phone", false, "\"0556-7812345\"").orElse(""),
                fields.text("price_hotline", false, "\"12315\"").orElse(""));
    }
}
