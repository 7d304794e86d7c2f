/**
 * Load stage: reads a site root into a {@link org.gongkai.model.Site}, reporting every problem with its
 * file and line. Entry point: {@link org.gongkai.load.SiteLoader}.
 */
package org.gongkai.load;
