package org.gongkai.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;

import org.gongkai.problem.Language;

/**
 * How to preview.
 *
 * @param source the site root (holds {@code content/})
 * @param port the port to try first; the next free one is used when it is taken; 0 picks any free port
 * @param bind the address to listen on; loopback unless the editor chose otherwise
 * @param drafts show reports with {@code draft: true}
 * @param language of the problems box over the pages and of the preview's own pages
 */
public record PreviewOptions(Path source, int port, InetAddress bind, boolean drafts, Language language) {

    public static final int DEFAULT_PORT = 1313;

    public PreviewOptions {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(bind, "bind must not be null");
        Objects.requireNonNull(language, "language must not be null");
        source = source.toAbsolutePath().normalize();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
    }

    /** In the language {@code GONGKAI_LANG} names, else Chinese, as the command line chooses it without --lang. */
    public PreviewOptions(Path source, int port, InetAddress bind, boolean drafts) {
        this(source, port, bind, drafts, Language.fromEnvironment(System.getenv(Language.ENVIRONMENT)));
    }

    public static PreviewOptions of(Path source) {
        return new PreviewOptions(source, DEFAULT_PORT, InetAddress.getLoopbackAddress(), true);
    }

    public PreviewOptions withPort(int newPort) {
        return new PreviewOptions(source, newPort, bind, drafts, language);
    }

    public PreviewOptions withDrafts(boolean newDrafts) {
        return new PreviewOptions(source, port, bind, newDrafts, language);
    }

    public PreviewOptions withLanguage(Language newLanguage) {
        return new PreviewOptions(source, port, bind, drafts, newLanguage);
    }
}
