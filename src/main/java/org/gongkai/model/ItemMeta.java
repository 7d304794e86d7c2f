package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The 政府信息公开 metadata an item's front matter gives (README "Item metadata"); every part may be absent.
 *
 * @param index the 索引号 ({@code index}), empty when not written
 * @param indexLine the file line of {@code index:}, 0 when not written
 * @param indexColumn the 1-based column of its value
 * @param published the 发布日期 ({@code published}); never defaulted to the build date
 * @param updated the date of a correction (更正, {@code updated})
 * @param subject the 主题分类 ({@code subject}), empty when not written
 * @param subjectLine the file line of {@code subject:}, 0 when not written
 * @param subjectColumn the 1-based column of its value
 * @param validity the 有效性 ({@code validity}), 有效 when not written
 * @param validitySince the date the 有效性 changed ({@code validity_date})
 * @param docNumber the 文号 ({@code doc_number}), empty when there is none
 */
public record ItemMeta(String index, int indexLine, int indexColumn, Optional<LocalDate> published,
                       Optional<LocalDate> updated, String subject, int subjectLine, int subjectColumn,
                       Validity validity, Optional<LocalDate> validitySince, String docNumber) {

    public static final ItemMeta NONE = new ItemMeta("", 0, 0, Optional.empty(), Optional.empty(), "", 0, 0,
            Validity.VALID, Optional.empty(), "");

    public ItemMeta {
        index = index == null ? "" : index;
        Objects.requireNonNull(published, "published must not be null");
        Objects.requireNonNull(updated, "updated must not be null");
        subject = subject == null ? "" : subject;
        validity = validity == null ? Validity.VALID : validity;
        Objects.requireNonNull(validitySince, "validitySince must not be null");
        docNumber = docNumber == null ? "" : docNumber;
    }

    /** Whether any of the keys is written. */
    public boolean isWritten() {
        return !index.isEmpty() || published.isPresent() || updated.isPresent() || !subject.isEmpty()
                || validitySince.isPresent() || validity != Validity.VALID || !docNumber.isEmpty();
    }
}
