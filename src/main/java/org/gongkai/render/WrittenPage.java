package org.gongkai.render;

import java.time.LocalDate;
import java.util.Optional;

/** An HTML page the renderer wrote, for the sitemap: its path and, for reports, the date it last changed. */
public record WrittenPage(String path, Optional<LocalDate> lastModified) {
}
