package org.gongkai.render;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The theme's Mustache templates, compiled once per build (compiling is not thread-safe, executing is).
 * Pages are rendered by name ({@code report}) against a stack of view records.
 */
public final class Templates {

    /** Every page template a theme must have. */
    public static final List<String> REQUIRED = List.of("base", "home", "report", "list", "page", "404", "redirect");

    private final Map<String, Mustache> compiled = new HashMap<>();

    private Templates() {
    }

    public static Templates compile(Theme theme, Problems problems) {
        Templates templates = new Templates();
        DefaultMustacheFactory factory = new DefaultMustacheFactory(name -> {
            String source = theme.templates().get(name.startsWith("/") ? name.substring(1) : name);
            return source == null ? null : (Reader) new StringReader(source);
        });
        for (String name : theme.templates().keySet()) {
            if (!name.endsWith(".mustache") || name.startsWith("partials/")) {
                continue;
            }
            String page = name.substring(0, name.length() - ".mustache".length());
            try {
                templates.compiled.put(page, factory.compile(name));
            } catch (MustacheException e) {
                problems.add(Problem.error(SourcePosition.of(theme.origin() + "/templates/" + name),
                        Text.of("render.template", e.getMessage()), Text.of("render.template.hint")));
            }
        }
        for (String required : REQUIRED) {
            if (!theme.templates().containsKey(required + ".mustache")) {
                problems.add(Problem.error(SourcePosition.of(theme.origin() + "/templates"),
                        Text.of("render.templateMissing", required), Text.of("render.templateMissing.hint")));
            }
        }
        return templates;
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
