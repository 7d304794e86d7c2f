/**
 * Incremental builds: the cache a build keeps in {@code .gongkai/} beside the site root (what each input was, what
 * the published site holds) and the plan worked out from it — which report pages to render again, whether the
 * lists and other pages are rendered too, and which published files the new site takes over unchanged.
 */
package org.gongkai.build.incremental;
