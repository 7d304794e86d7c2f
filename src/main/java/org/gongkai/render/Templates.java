package org.gongkai.render;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The theme's Mustache templates, compiled once per build (compiling is not thread-safe, executing is).
 * Pages are rendered by name ({@code report}) against a stack of view records.
 */
public final class Templates {

    private final Map<String, Mustache> compiled = new HashMap<>();
    private final boolean customCss;

    private Templates(boolean customCss) {
        this.customCss = customCss;
    }

    /**
     * Compiles every page template. A template's error is reported at the file that holds it (a broken partial at
     * the partial, not at each page using it) and once, though every page including it fails.
     */
    public static Templates compile(Theme theme, Problems problems) {
        Templates templates = new Templates(theme.assets().containsKey(SiteRenderer.CUSTOM_CSS));
        DefaultMustacheFactory factory = new DefaultMustacheFactory(name -> {
            String source = theme.templates().get(name.startsWith("/") ? name.substring(1) : name);
            return source == null ? null : (Reader) new StringReader(source);
        });
        Set<String> reported = new HashSet<>();
        for (String name : theme.templates().keySet()) {
            if (!name.endsWith(".mustache") || name.startsWith("partials/")) {
                continue;
            }
            String page = name.substring(0, name.length() - ".mustache".length());
            try {
                templates.compiled.put(page, factory.compile(name));
            } catch (MustacheException e) {
                Problem problem = problem(theme, name, e);
                if (reported.add(problem.position() + " " + problem.message())) {
                    problems.add(problem);
                }
            }
        }
        return templates;
    }

    private static Problem problem(Theme theme, String compiling, MustacheException e) {
        TemplateContext context = e.getContext();
        String message = e.getMessage();
        SourcePosition position = SourcePosition.of(theme.templateFile(compiling));
        if (context != null && context.file() != null && theme.templates().containsKey(strip(context.file()))) {
            position = SourcePosition.of(theme.templateFile(strip(context.file())), Math.max(1, context.line()));
            // the position says where now; Mustache's own "@[file:line]" would say it twice
            message = message.replace(" @" + context, "");
        }
        return Problem.error(position, Text.of("render.template", message), Text.of("render.template.hint"));
    }

    private static String strip(String file) {
        return file.startsWith("/") ? file.substring(1) : file;
    }

    /** Whether the theme has a {@code css/custom.css}, which every page links after site.css. */
    public boolean customCss() {
        return customCss;
    }

    public boolean has(String page) {
        return compiled.containsKey(page);
    }

    /** Renders a page template; scopes are searched last to first, as Mustache does. */
    public String render(String page, Object... scopes) {
        Mustache mustache = compiled.get(page);
        if (mustache == null) {
            throw new IllegalArgumentException("no template " + page);
        }
        PageWriter out = new PageWriter();
        mustache.execute(out, scopes);
        return out.toString();
    }

    /**
     * Collects a page. Mustache writes a page in hundreds of small pieces; {@link java.io.StringWriter} takes a lock
     * for each of them, this writer takes none (a page is written by one thread).
     */
    private static final class PageWriter extends java.io.Writer {

        private final StringBuilder page = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            page.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            page.append(text, offset, offset + length);
        }

        @Override
        public void write(String text) {
            page.append(text);
        }

        @Override
        public void write(int c) {
            page.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence text) {
            page.append(text);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return page.toString();
        }
    }
}
