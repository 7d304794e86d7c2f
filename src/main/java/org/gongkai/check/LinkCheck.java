package org.gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Finds internal links and resources (href, src) in a built site that lead nowhere: a missing file, or a
 * {@code #fragment} with no element of that id on the target page. External links are not fetched.
 */
public final class LinkCheck {

    private final Path site;

    public LinkCheck(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    public List<Problem> run() {
        List<Problem> problems = new ArrayList<>();
        for (PageIssue issue : issues()) {
            problems.add(new Problem(SourcePosition.of(issue.page(), issue.line()), issue.severity(), issue.kind(),
                    issue.message(), issue.hint()));
        }
        return problems;
    }

    /** The broken links, with the address as written so they can be traced back to the Markdown. */
    List<PageIssue> issues() {
        List<PageIssue> issues = new ArrayList<>();
        for (Path page : htmlPages()) {
            issues.addAll(issues(page, parse(page)));
        }
        return issues;
    }

    /** The broken links of one page, already parsed. */
    List<PageIssue> issues(Path page, Document document) {
        List<PageIssue> issues = new ArrayList<>();
        String from = site.relativize(page).toString().replace('\\', '/');
        if (from.equals("404.html")) {
            return issues; // served at any depth; its links are absolute or root-based on purpose
        }
        for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String target = element.attr(attribute);
            check(from, page, target, document).ifPresent(message -> issues.add(new PageIssue(from,
                    lineOf(element), Severity.ERROR, "broken-link", message, Text.of("check.link.hint"), target)));
        }
        return issues;
    }

    private java.util.Optional<Text> check(String from, Path page, String target, Document document) {
        if (target.isEmpty() || target.startsWith("mailto:") || target.startsWith("tel:")) {
            return java.util.Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return java.util.Optional.of(Text.of("check.link.invalid", target));
        }
        if (uri.isAbsolute() || target.startsWith("//")) {
            return java.util.Optional.empty();
        }
        if (target.startsWith("/")) {
            return java.util.Optional.of(Text.of("check.link.rootAbsolute", target));
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!resolved.startsWith(site)) {
            return java.util.Optional.of(Text.of("check.link.outside", target));
        }
        if (Files.isDirectory(resolved)) {
            resolved = resolved.resolve("index.html");
        }
        if (!Files.isRegularFile(resolved)) {
            return java.util.Optional.of(Text.of("check.link.missing", target));
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && resolved.toString().endsWith(".html")) {
            Document targetDocument = resolved.equals(page) ? document : parse(resolved);
            if (targetDocument.getElementById(fragment) == null && targetDocument.selectFirst("a[name=" + fragment + "]") == null) {
                return java.util.Optional.of(Text.of("check.link.fragment", target, fragment));
            }
        }
        return java.util.Optional.empty();
    }

    List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path page) {
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int lineOf(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }
}
