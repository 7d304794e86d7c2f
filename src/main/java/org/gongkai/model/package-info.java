/**
 * The site as immutable data: {@link org.gongkai.model.Site}, {@link org.gongkai.model.SiteConfig},
 * {@link org.gongkai.model.Report}, {@link org.gongkai.model.FreePage} and the closed sets
 * {@link org.gongkai.model.Period} and {@link org.gongkai.model.Category}. No behaviour beyond validation.
 */
package org.gongkai.model;
