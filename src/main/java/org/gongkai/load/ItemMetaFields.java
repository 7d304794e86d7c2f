package org.gongkai.load;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.ItemMeta;
import org.gongkai.model.Validity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** The 政府信息公开 keys of a report's or page's front matter ({@link ItemMeta}); their values are checked against site.yaml by {@link DisclosureRules}. */
final class ItemMetaFields {

    static final Set<String> KEYS = Set.of("index", "published", "updated", "subject", "validity", "validity_date",
            "doc_number");

    private ItemMetaFields() {
    }

    static ItemMeta read(YamlFields fields) {
        String index = fields.text("index", false, "\"A0000-0000000/2021-00001\"").orElse("");
        SourcePosition indexAt = fields.positionOf("index");
        Optional<LocalDate> published = fields.date("published", false, "2021-03-05");
        Optional<LocalDate> updated = fields.date("updated", false, "2021-03-08");
        String subject = fields.text("subject", false, "教育收费").orElse("");
        SourcePosition subjectAt = fields.positionOf("subject");
        Validity validity = fields.oneOf("validity", false, Validity::fromLabel, Validity.allowedLabels(),
                value -> Text.of("meta.validity.unknown", value), Text.of("meta.validity.unknown.hint", Validity.allowedLabels()))
                .orElse(Validity.VALID);
        Optional<LocalDate> since = fields.date("validity_date", false, "2023-01-01");
        String docNumber = fields.text("doc_number", false, "\"宿教〔2021〕12号\"").orElse("");
        return new ItemMeta(index, index.isEmpty() ? 0 : indexAt.line(), indexAt.column(), published, updated,
                subject, subject.isEmpty() ? 0 : subjectAt.line(), subjectAt.column(), validity, since, docNumber);
    }
}
