/**
 * Checks on a built site (broken internal links; more in {@code gongkai check}). They read the pages with
 * Jsoup and report problems as {@code site-path:line: message}. Entry point: {@link org.gongkai.check.LinkCheck}.
 */
package org.gongkai.check;
