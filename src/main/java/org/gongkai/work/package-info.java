/**
 * The build's parallel work: {@link org.gongkai.work.BuildWork} forks, joins, and stops the rest on the first
 * failure. Every stage may use it; it uses none of them.
 */
package org.gongkai.work;
