package org.gongkai.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Attachment;
import org.gongkai.model.Category;
import org.gongkai.model.CheckIgnore;
import org.gongkai.model.FrontMatterLines;
import org.gongkai.model.Period;
import org.gongkai.model.Report;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** Turns one report file's text into a {@link Report}, reporting every front matter problem at its line. */
public final class ReportReader {

    public static final Set<String> KEYS = Set.of("title", "date", "year", "period", "category", "department",
            "tags", "summary", "draft", "aliases", "attachments", CheckIgnoreList.KEY, "index", "published", "updated",
            "subject", "validity", "validity_date", "doc_number");

    private final YamlReader yaml = new YamlReader();
    private final SitePaths paths;

    public ReportReader(SitePaths paths) {
        this.paths = paths;
    }

    public Optional<Report> read(String text, String file, String slug, Problems problems) {
        Optional<FrontMatter> split = FrontMatter.split(text, file, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = split.get();
        Optional<YamlValue.Mapping> mapping = yaml.readMapping(frontMatter.yaml(), file, FrontMatter.YAML_FIRST_LINE, problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.errorCount();
        YamlFields fields = new YamlFields(mapping.get(), file, problems);
        fields.rejectUnknownKeys(KEYS, Text.of("load.where.report"));
        String title = fields.text("title", true, "\"宿松县教育局2011年工作总结\"").orElse("");
        LocalDate date = fields.date("date", true, "2011-12-30").orElse(null);
        Integer year = fields.integer("year", true, "2011").orElse(null);
        if (year != null && (year < 1949 || year > 2100)) {
            problems.add(Problem.error(fields.positionOf("year"), Text.of("load.report.year", year), Text.of("load.report.year.hint")));
        }
        Period period = fields.oneOf("period", true, Period::fromLabel, Period.allowedLabels(),
                value -> Text.of("load.report.period", value), Text.of("load.report.period.hint", Period.allowedLabels())).orElse(null);
        Category category = fields.oneOf("category", true, Category::fromLabel, Category.allowedLabels(),
                value -> Text.of("load.report.category", value), Text.of("load.report.category.hint", Category.allowedLabels()))
                .orElse(null);
        String department = fields.text("department", true, "宿松县教育局").orElse("");
        List<String> tags = fields.textList("tags", "[学生资助, 校安工程]");
        String summary = fields.text("summary", false, "\"…\"").orElse("");
        boolean draft = fields.flag("draft").orElse(false);
        List<String> aliases = aliases(fields, file, problems);
        List<Attachment> attachments = attachments(fields, problems);
        List<CheckIgnore> checkIgnore = CheckIgnoreList.read(fields, mapping.get(), frontMatter.yaml(),
                FrontMatter.YAML_FIRST_LINE);
        var meta = ItemMetaFields.read(fields);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Report(slug, file, title, date, year, period, category, department, tags, summary,
                draft, aliases, attachments, frontMatter.body(), frontMatter.bodyLine(),
                new FrontMatterLines(frontMatter.yaml(), FrontMatter.YAML_FIRST_LINE, keyLines(mapping.get())), checkIgnore, meta));
    }

    private static Map<String, Integer> keyLines(YamlValue.Mapping mapping) {
        Map<String, Integer> lines = new HashMap<>();
        mapping.keys().forEach((key, position) -> lines.put(key, position[0]));
        return lines;
    }

    private static List<String> aliases(YamlFields fields, String file, Problems problems) {
        List<String> aliases = new ArrayList<>();
        for (String alias : fields.textList("aliases", "[/old/2011/summary.html]")) {
            Optional<String> path = AliasPaths.normalise(alias);
            if (path.isEmpty()) {
                problems.add(Problem.error(fields.positionOf("aliases"), Text.of("load.report.alias", alias),
                        Text.of("load.report.alias.hint")));
            } else {
                aliases.add(path.get());
            }
        }
        return aliases;
    }

    private List<Attachment> attachments(YamlFields fields, Problems problems) {
        List<Attachment> attachments = new ArrayList<>();
        for (String entry : fields.textList("attachments", "[files/2011-summary.pdf]")) {
            String relative = entry.replace('\\', '/');
            while (relative.startsWith("/")) {
                relative = relative.substring(1);
            }
            if (relative.startsWith("static/")) {
                relative = relative.substring("static/".length());
            }
            Path file = paths.staticFiles().resolve(relative).normalize();
            if (relative.contains("..") || !file.startsWith(paths.staticFiles()) || !Files.isRegularFile(file)) {
                problems.add(Problem.error(fields.positionOf("attachments"), Text.of("load.report.attachment", entry),
                        Text.of("load.report.attachment.hint")));
                continue;
            }
            long size;
            try {
                size = Files.size(file);
            } catch (java.io.IOException e) {
                size = 0;
            }
            String name = file.getFileName().toString();
            attachments.add(new Attachment(relative, name, typeLabel(name), size));
        }
        return attachments;
    }

    static String typeLabel(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "pdf" -> "PDF";
            case "ofd" -> "OFD";
            case "doc", "docx", "wps" -> "Word";
            case "xls", "xlsx", "et" -> "Excel";
            case "csv" -> "CSV";
            case "jpg", "jpeg", "png", "gif", "webp" -> "图片";
            case "zip", "rar", "7z" -> "压缩包";
            default -> ext.isEmpty() ? "文件" : ext.toUpperCase(Locale.ROOT);
        };
    }

    /** The problem for a report file name that cannot be a URL. */
    public static Problem badSlug(String file, String slug) {
        return Problem.error(SourcePosition.of(file), Text.of("load.file.badName", slug), Text.of("load.file.badName.hint"));
    }
}
