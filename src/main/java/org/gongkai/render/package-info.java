/**
 * Render stage: turns a loaded {@link org.gongkai.model.Site} into HTML pages through the theme's Mustache
 * templates. Templates receive view records of ready strings (dates in 年月日, page-relative URLs).
 * Entry point: {@link org.gongkai.render.SiteRenderer}; pages go to a {@link org.gongkai.render.PageSink}.
 */
package org.gongkai.render;
