package org.gongkai.load;

import java.util.Optional;
import java.util.regex.Pattern;

/** Old addresses a page used to have: normalised to a file path in the site that will hold a redirect. */
final class AliasPaths {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~/-]+");

    private AliasPaths() {
    }

    /** {@code /old/x.html} → {@code old/x.html}; {@code /old/x/} or {@code old/x} → {@code old/x/index.html}. */
    static Optional<String> normalise(String alias) {
        String path = alias.strip();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.isEmpty() || !SAFE.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        if (path.endsWith(".html") || path.endsWith(".htm")) {
            return Optional.of(path);
        }
        return Optional.of(path.endsWith("/") ? path + "index.html" : path + "/index.html");
    }
}
