package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.model.Contacts;
import org.gongkai.model.FreePage;
import org.gongkai.model.Identity;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.render.view.ContactsView;
import org.gongkai.render.view.IdentityView;
import org.gongkai.render.view.LayoutView;
import org.gongkai.render.view.LinkView;

/** Builds the page shell's view for any page: navigation, breadcrumbs and links relative to that page. */
public final class Layouts {

    /** The search page (written by the search stage, org.gongkai.search). */
    public static final String SEARCH_PAGE = "search/index.html";

    private final SiteConfig config;
    private final List<NavSection> sections;
    private final List<FreePage> pages;
    private final boolean feedWritten;
    private final ContactsView contacts;
    private final ItemMetaViews itemMeta;

    private final String inlineCss;
    private final boolean customCss;

    /** @param customCss whether pages link the theme's {@code css/custom.css} after site.css ({@link Templates#customCss()}) */
    public Layouts(Site site, List<NavSection> sections, boolean customCss) {
        this(site, sections, "", customCss);
    }

    /**
     * @param inlineCss the theme's CSS for the 404 page, which must be styled at any depth
     * @param customCss whether pages link the theme's {@code css/custom.css} after site.css
     */
    Layouts(Site site, List<NavSection> sections, String inlineCss, boolean customCss) {
        this.inlineCss = inlineCss;
        this.customCss = customCss;
        this.config = site.config();
        this.sections = List.copyOf(sections);
        this.pages = site.pages();
        this.feedWritten = config.base().isPresent();
        this.contacts = contacts(config.contacts());
        this.itemMeta = new ItemMetaViews(config);
    }

    /** The items' 信息属性 blocks for this site. */
    public ItemMetaViews itemMeta() {
        return itemMeta;
    }

    static ContactsView contacts(Contacts c) {
        return new ContactsView(c.address(), c.phone(), c.email(), c.complaintPhone(), c.priceHotline(), !c.isEmpty());
    }

    public ContactsView contacts() {
        return contacts;
    }

    List<NavSection> sections() {
        return sections;
    }

    /**
     * @param path the output file this layout is for
     * @param crumbs breadcrumb trail below 首页 as (label, output path) pairs; the last is the page itself
     */
    public LayoutView layout(String path, String title, String description, List<Crumb> crumbs) {
        return layout(path, OutputPaths.root(path), title, description, crumbs);
    }

    /**
     * The 404 page is served at any depth: with base_url its links are absolute, otherwise from the root, and
     * its CSS is inlined so it is styled wherever it is shown.
     */
    LayoutView notFoundLayout(String title) {
        if (config.portable()) {
            // opened from disk, never served at another address: relative links and the linked CSS, as at the root
            return layout(OutputPaths.NOT_FOUND, title, "", List.of());
        }
        String root = config.base().orElse("/");
        LayoutView layout = layout(OutputPaths.NOT_FOUND, root, title, "", List.of());
        return new LayoutView(layout.lang(), layout.pageTitle(), layout.description(), layout.siteTitle(), layout.bureau(),
                layout.root(), layout.homeUrl(), layout.nav(), layout.breadcrumbs(), layout.canonical(), layout.feedUrl(),
                layout.contacts(), layout.footerLines(), layout.footerLinks(), inlineCss, false, layout.identity(),
                layout.searchUrl());
    }

    private LayoutView layout(String path, String root, String title, String description, List<Crumb> crumbs) {
        List<LinkView> nav = new ArrayList<>();
        nav.add(navLink("首页", path, root, OutputPaths.HOME, path.equals(OutputPaths.HOME)));
        for (NavSection section : sections) {
            nav.add(navLink(section.label(), path, root, section.path(), isIn(path, section.path())));
        }
        List<LinkView> breadcrumbs = new ArrayList<>();
        if (!crumbs.isEmpty()) {
            breadcrumbs.add(LinkView.of("首页", href(path, root, OutputPaths.HOME)));
            for (int i = 0; i < crumbs.size(); i++) {
                Crumb crumb = crumbs.get(i);
                boolean last = i == crumbs.size() - 1;
                breadcrumbs.add(last ? new LinkView(crumb.label(), "", true, "") : LinkView.of(crumb.label(), href(path, root, crumb.path())));
            }
        }
        List<LinkView> footerLinks = new ArrayList<>();
        for (FreePage page : pages) {
            footerLinks.add(LinkView.of(page.title(), href(path, root, OutputPaths.page(page.slug()))));
        }
        String canonical = config.base().map(base -> OutputPaths.absolute(base, path)).orElse("");
        String pageTitle = title.equals(config.title()) ? title : title + " - " + config.title();
        return new LayoutView(config.language(), pageTitle, description, config.title(), config.bureau(), root,
                href(path, root, OutputPaths.HOME), nav, breadcrumbs, canonical,
                feedWritten ? href(path, root, OutputPaths.FEED) : "", contacts, config.footer(), footerLinks, "", customCss,
                identity(path, root), searchUrl(path, root));
    }

    /**
     * The header's search field leads to the search page, except on that page and on a site without search; to its
     * file, not its folder, so that the field also works in a site opened from disk.
     */
    private String searchUrl(String path, String root) {
        if (!config.search() || path.equals(SEARCH_PAGE)) {
            return "";
        }
        return root + SEARCH_PAGE;
    }

    private IdentityView identity(String path, String root) {
        Identity id = config.identity();
        String badge = id.badge().isEmpty() ? "" : href(path, root, UrlEncoding.path(id.badge()));
        return new IdentityView(!id.equals(Identity.NONE), id.host().isEmpty() ? config.bureau() : id.host(), id.operator(), id.contact(),
                id.siteCode(), id.icp(), id.police(), badge);
    }

    private static LinkView navLink(String label, String from, String root, String to, boolean current) {
        LinkView link = LinkView.of(label, href(from, root, to));
        return current ? link.asCurrent() : link;
    }

    /** A section is current for every page below its folder (a report is in 工作报告). */
    private static boolean isIn(String path, String sectionPath) {
        String dir = OutputPaths.folder(sectionPath);
        return !dir.isEmpty() && path.startsWith(dir);
    }

    private static String href(String from, String root, String to) {
        if (root.equals(OutputPaths.root(from))) {
            return OutputPaths.link(from, to);
        }
        return root + OutputPaths.folder(to);
    }
}
