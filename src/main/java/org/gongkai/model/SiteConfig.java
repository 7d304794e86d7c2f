package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code content/site.yaml}. Every key is documented in README.md ("site.yaml").
 *
 * @param baseUrl absolute URL the site is published under, ending in {@code /}; empty when not set
 * @param guide the 政府信息公开指南's facts ({@code guide:}), {@link Guide#NONE} when not set
 * @param identity the footer's 主办单位, 网站标识码, 备案号 ({@code identity:}), {@link Identity#NONE} when not set
 * @param disclosure 索引号 and 主题分类 ({@code disclosure:}), {@link Disclosure#NONE} when not set
 * @param portable every internal link ends in {@code index.html}, so the site opens from disk ({@code portable:})
 * @param search whether the site has its search page and index ({@code search:}, default true)
 */
public record SiteConfig(String title, String bureau, String baseUrl, String language, String theme,
                         Contacts contacts, List<String> footer, Guide guide, Disclosure disclosure,
                         Identity identity, boolean portable, boolean search) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final String DEFAULT_THEME = "default";

    public SiteConfig {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(bureau, "bureau must not be null");
        baseUrl = baseUrl == null || baseUrl.isEmpty() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        language = language == null || language.isEmpty() ? DEFAULT_LANGUAGE : language;
        theme = theme == null || theme.isEmpty() ? DEFAULT_THEME : theme;
        contacts = contacts == null ? Contacts.NONE : contacts;
        footer = footer == null ? List.of() : List.copyOf(footer);
        guide = guide == null ? Guide.NONE : guide;
        disclosure = disclosure == null ? Disclosure.NONE : disclosure;
        identity = identity == null ? Identity.NONE : identity;
    }

    /** A configuration without {@code portable:} and with search (no {@code search: false}). */
    public SiteConfig(String title, String bureau, String baseUrl, String language, String theme, Contacts contacts,
                      List<String> footer, Guide guide, Disclosure disclosure, Identity identity) {
        this(title, bureau, baseUrl, language, theme, contacts, footer, guide, disclosure, identity, false, true);
    }

    /** A configuration without {@code guide:}. */
    public SiteConfig(String title, String bureau, String baseUrl, String language, String theme, Contacts contacts,
                      List<String> footer) {
        this(title, bureau, baseUrl, language, theme, contacts, footer, Guide.NONE, Disclosure.NONE, Identity.NONE);
    }

    /** A configuration without {@code disclosure:}. */
    public SiteConfig(String title, String bureau, String baseUrl, String language, String theme, Contacts contacts,
                      List<String> footer, Guide guide) {
        this(title, bureau, baseUrl, language, theme, contacts, footer, guide, Disclosure.NONE, Identity.NONE);
    }

    public Optional<String> base() {
        return baseUrl.isEmpty() ? Optional.empty() : Optional.of(baseUrl);
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, bureau, newBaseUrl, language, theme, contacts, footer, guide, disclosure, identity,
                portable, search);
    }

    public SiteConfig withPortable(boolean newPortable) {
        return new SiteConfig(title, bureau, baseUrl, language, theme, contacts, footer, guide, disclosure, identity,
                newPortable, search);
    }
}
