package org.gongkai.load;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.gongkai.model.FreePage;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/** Turns a free page's text (front matter {@code title}, {@code weight} and {@code check_ignore}) into a {@link FreePage}. */
final class PageReader {

    static final Set<String> KEYS = Set.of("title", "weight", CheckIgnoreList.KEY, "index", "published", "updated",
            "subject", "validity", "validity_date", "doc_number");

    private final YamlReader yaml = new YamlReader();

    Optional<FreePage> read(String text, String file, String slug, Problems problems) {
        return FrontMatter.split(text, file, problems).flatMap(frontMatter ->
                yaml.readMapping(frontMatter.yaml(), file, FrontMatter.YAML_FIRST_LINE, problems).flatMap(mapping -> {
                    YamlFields fields = new YamlFields(mapping, file, problems);
                    int before = problems.errorCount();
                    fields.rejectUnknownKeys(KEYS, Text.of("load.where.page"));
                    String title = fields.text("title", true, "信息公开指南").orElse("");
                    OptionalInt weight = fields.integer("weight", false, "1").map(OptionalInt::of).orElse(OptionalInt.empty());
                    var checkIgnore = CheckIgnoreList.read(fields, mapping, frontMatter.yaml(), FrontMatter.YAML_FIRST_LINE);
                    var meta = ItemMetaFields.read(fields);
                    if (problems.errorCount() > before) {
                        return Optional.empty();
                    }
                    return Optional.of(new FreePage(slug, file, title, frontMatter.body(), frontMatter.bodyLine(), weight,
                            checkIgnore, meta));
                }));
    }
}
