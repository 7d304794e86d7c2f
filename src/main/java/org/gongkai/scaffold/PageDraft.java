package org.gongkai.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** {@code gongkai new page}: a free page, {@code content/pages/<slug>.md}, with its title filled. */
public final class PageDraft {

    /** File names for the pages most disclosure sites have; other titles get {@code page}, or --slug. */
    static final Map<String, String> KNOWN = Map.of(
            "信息公开指南", "guide",
            "关于我们", "about",
            "联系我们", "contact",
            "信息公开制度", "rules",
            "信息公开目录", "catalogue",
            "依申请公开", "apply");

    private PageDraft() {
    }

    public static Optional<Path> create(SitePaths paths, String title, Optional<String> slug, Problems problems) {
        if (!Files.isDirectory(paths.content())) {
            problems.add(SiteSkeleton.noSite(paths));
            return Optional.empty();
        }
        String clean = title.strip();
        String name;
        if (slug.isPresent()) {
            name = slug.get();
            if (Files.exists(paths.pages().resolve(name + ".md"))) {
                problems.add(Problem.error(SourcePosition.of(paths.display(paths.pages().resolve(name + ".md"))),
                        Text.of("scaffold.exists"), Text.of("scaffold.exists.slug.hint")));
                return Optional.empty();
            }
        } else {
            name = FileNames.firstFree(KNOWN.getOrDefault(clean, "page"), FileNames.existing(paths.pages()));
        }
        Path file = paths.pages().resolve(name + ".md");
        String text = "---\ntitle: " + FrontMatterText.quote(clean) + "\n---\n\n"
                + "（在这里写正文。用 ## 写「一、」级标题，用 ### 写「（一）」级标题。）\n";
        List<Path> written = new NewFiles(paths::display).add(file, text).write(Text.of("scaffold.exists.slug.hint"), problems);
        return written.stream().findFirst();
    }
}
