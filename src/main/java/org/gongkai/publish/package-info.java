/**
 * Publish stage: writes the rendered site into a staging folder beside the output, adds the Atom feed and the
 * sitemap, compares it with what was published before, and swaps it in only when everything succeeded.
 * Entry point: {@link org.gongkai.publish.Publisher}.
 */
package org.gongkai.publish;
