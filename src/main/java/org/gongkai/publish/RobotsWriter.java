package org.gongkai.publish;

import org.gongkai.model.SiteConfig;
import org.gongkai.render.OutputPaths;

/**
 * {@code robots.txt}: everything on a public-disclosure site is meant to be found, so nothing is disallowed; with
 * {@code base_url} it names the sitemap. Crawlers read it only at the host's root, so a site published under a
 * sub-path has it there for the host's own file to copy from.
 */
final class RobotsWriter {

    static final String PATH = "robots.txt";

    private RobotsWriter() {
    }

    static String robots(SiteConfig config) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        config.base().ifPresent(base -> text.append("\nSitemap: ").append(OutputPaths.absolute(base, OutputPaths.SITEMAP)).append('\n'));
        return text.toString();
    }
}
