package org.gongkai.render;

/**
 * A top-level section in the main navigation and on the home page (工作报告, 收费公示 …).
 *
 * @param path the section's first page, e.g. {@code reports/index.html}
 */
public record NavSection(String label, String path, String description) {
}
