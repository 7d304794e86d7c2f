package org.gongkai.render;

import java.util.function.Predicate;

import org.gongkai.model.Report;

/**
 * What a build renders: all of the site, or (an incremental build) the pages of some reports and, when
 * {@code rest}, everything else but the other reports' pages. What is left out is taken from the published site.
 *
 * @param reports the reports whose page (and alias redirects) are rendered
 * @param rest the lists, home, free pages, 404, the theme's assets and the static files
 */
public record RenderScope(Predicate<Report> reports, boolean rest) {

    public static final RenderScope ALL = new RenderScope(report -> true, true);
}
