package org.gongkai.render.view;

/** The page left at an old address (an alias): it sends the reader on to the new one. */
public record RedirectView(String title, String targetUrl) {

    public String csp() {
        return ContentPolicy.PAGES;
    }

    public String referrer() {
        return ContentPolicy.REFERRER;
    }
}
