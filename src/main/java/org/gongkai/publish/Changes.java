package org.gongkai.publish;

import java.util.List;

/**
 * What a build changes against the site published before: pages (HTML files) and other files added, changed
 * and removed, so an editor sees what is about to go public.
 */
public record Changes(List<String> added, List<String> changed, List<String> removed, int unchanged) {

    public Changes {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static long pages(List<String> paths) {
        return paths.stream().filter(p -> p.endsWith(".html")).count();
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
