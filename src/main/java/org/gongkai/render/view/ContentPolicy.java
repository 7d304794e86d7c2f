package org.gongkai.render.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Content-Security-Policy every page carries in a {@code <meta http-equiv>}: scripts, styles, images, fonts and
 * fetches (the search index) from the site itself only, nothing inline, no plugins, no {@code <base>}, forms
 * (search) sent to the site only. Content cannot run script even if a defect let markup through. A {@code <meta>}
 * policy cannot say {@code frame-ancestors}; a host that can should send that header itself.
 */
public final class ContentPolicy {

    /** The policy of every page but the 404 page. */
    public static final String PAGES = policy("'self'");

    /** What the pages tell other sites when a reader follows a link there: the site's address, never the page's. */
    public static final String REFERRER = "strict-origin-when-cross-origin";

    private ContentPolicy() {
    }

    /**
     * The 404 page carries its CSS in a {@code <style>} element (it must be styled at any address): the policy
     * allows exactly that element by its SHA-256, never inline style in general.
     */
    public static String withInlineStyle(String css) {
        return policy("'self' 'sha256-" + sha256(css) + "'");
    }

    private static String policy(String styles) {
        return "default-src 'none'; script-src 'self'; style-src " + styles + "; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
