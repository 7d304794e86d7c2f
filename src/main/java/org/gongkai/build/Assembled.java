package org.gongkai.build;

import org.gongkai.render.Templates;
import org.gongkai.render.Theme;

/**
 * The theme a build read and its templates compiled: the preview's next build takes them as they are while nothing
 * but reports changed (a theme with errors fails the build, so what is kept compiled cleanly).
 */
record Assembled(Theme theme, Templates templates) {
}
