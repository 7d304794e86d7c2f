package org.gongkai.render.view;

import java.util.List;
import java.util.Optional;

/** A report page: metadata ready to print, the outline, the body HTML, attachments, previous and next. */
public record ReportView(String title, String department, String departmentUrl, String dateText, String dateIso,
                         int year, String yearUrl, String period, String category, String categoryUrl,
                         List<LinkView> tags, String summary, List<OutlineView> outline, String bodyHtml,
                         List<AttachmentView> attachments, Optional<LinkView> previous, Optional<LinkView> next,
                         List<LinkView> related, boolean draft, String yearSummaryUrl) {

    public boolean hasOutline() {
        return outline.size() > 1;
    }

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    public boolean hasAttachments() {
        return !attachments.isEmpty();
    }

    public boolean hasRelated() {
        return !related.isEmpty();
    }
}
