package org.gongkai.render.view;

/**
 * The footer's site identity, ready to print; {@code badgeUrl} relative to the page, empty without a badge.
 *
 * @param configured whether site.yaml has {@code identity:}; without it the footer is as before
 * @param host 主办单位 (the bureau when site.yaml names none)
 */
public record IdentityView(boolean configured, String host, String operator, String contact, String siteCode, String icp, String police,
                           String badgeUrl) {
}
