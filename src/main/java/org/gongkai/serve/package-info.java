/**
 * {@code gongkai serve}: the editor's local preview. It builds into a temporary folder, serves it over HTTP on
 * loopback, watches {@code content/} and the theme, rebuilds only what a change needs where it can, and tells
 * open pages to reload (server-sent events); a failed rebuild shows its problems over the last good pages.
 * Entry point: {@link org.gongkai.serve.Preview}.
 */
package org.gongkai.serve;
