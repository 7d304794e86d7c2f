package org.gongkai.render.view;

import java.util.List;

/**
 * What every page's shell needs: titles, the way back to the site root, navigation, breadcrumbs and footer.
 *
 * @param root relative prefix from this page to the site root ({@code ../../})
 * @param canonical absolute URL of this page, or empty without base_url
 * @param inlineCss the theme's CSS, set only for pages served at any depth (404.html); otherwise empty
 * @param customCss whether the theme has {@code assets/css/custom.css}, linked after site.css
 * @param identity the footer's 主办单位, 网站标识码 and 备案号
 * @param searchUrl the search page from this page, for the header's search field; empty when the site has no search
 *     ({@code search: false}) and on the search page itself
 */
public record LayoutView(String lang, String pageTitle, String description, String siteTitle, String bureau,
                         String root, String homeUrl, List<LinkView> nav, List<LinkView> breadcrumbs,
                         String canonical, String feedUrl, ContactsView contacts, List<String> footerLines,
                         List<LinkView> footerLinks, String inlineCss, boolean customCss,
                         IdentityView identity, String searchUrl) {

    /** This page's Content-Security-Policy: the 404 page's names its inline CSS by hash. */
    public String csp() {
        return inlineCss.isEmpty() ? ContentPolicy.PAGES : ContentPolicy.withInlineStyle(inlineCss);
    }

    public String referrer() {
        return ContentPolicy.REFERRER;
    }

    public boolean hasBreadcrumbs() {
        return !breadcrumbs.isEmpty();
    }

    public boolean hasFooterLinks() {
        return !footerLinks.isEmpty();
    }
}
