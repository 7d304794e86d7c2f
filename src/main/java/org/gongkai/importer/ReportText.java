package org.gongkai.importer;

import java.util.Optional;

import org.gongkai.lint.ContentLint;
import org.gongkai.lint.PunctuationFix;
import org.gongkai.model.Disclosure;
import org.gongkai.scaffold.FrontMatterText;

/**
 * The Markdown file of an imported report: front matter with {@code draft: true}, a comment on every value that was
 * not read from the text, then the body with ASCII punctuation in Chinese text made full width.
 */
final class ReportText {

    private final PunctuationFix punctuation = new PunctuationFix();

    String of(Inference in, Disclosure disclosure, String body) {
        return of(in, disclosure, Optional.empty(), body);
    }

    /** @param index the 索引号 given to it; without one, an empty {@code index:} says to run index assign */
    String of(Inference in, Disclosure disclosure, Optional<String> index, String body) {
        StringBuilder out = new StringBuilder("---\n");
        line(out, "title: " + FrontMatterText.quote(in.title().value()), in.title().read(), "请写报告的完整标题");
        line(out, "date: " + in.date().value(), in.date().read(), "落款中没有日期，这里暂填导入的日期：请改为成文日期，如 2011-12-30");
        line(out, "year: " + in.year().value(), in.year().read(), "标题和落款中都没有年份，这里暂填今年：请改为报告所属的年份");
        line(out, "period: " + in.period().value().label(), in.period().read(),
                "标题中没有上半年、季度、春季等字样，暂按" + in.period().value().label() + "填写：请核对");
        line(out, "category: " + in.category().value().label(), in.category().read(),
                "标题中没有总结、要点、计划等字样，暂填" + in.category().value().label() + "：请核对");
        line(out, "department: " + FrontMatterText.quote(in.department().value()), in.department().read(),
                "落款和标题中没有发文单位，暂填网站的 bureau：请核对");
        out.append("tags: []\n");
        if (disclosure.configured()) {
            if (index.isPresent()) {
                out.append("index: ").append(FrontMatterText.quote(index.get())).append('\n');
            } else if (!disclosure.indexPattern().isEmpty()) {
                out.append("index: \"\"  # 索引号：请运行 gongkai index assign 编号（格式 ")
                        .append(disclosure.indexPattern()).append("），不要自己编\n");
            }
            out.append("subject: \"\"  # 主题分类：请从 ").append(String.join("、", disclosure.subjects()))
                    .append(" 中选一个\n");
        }
        out.append("draft: true  # 导入的草稿：核对全文后删去这一行才会发布\n");
        out.append("---\n\n");
        return punctuation.fix(out + body); // the front matter is left as it is
    }

    private static void line(StringBuilder out, String keyValue, boolean read, String whatToWrite) {
        out.append(keyValue);
        if (!read) {
            out.append("  ").append(ContentLint.STAND_IN_MARKER).append(whatToWrite);
        }
        out.append('\n');
    }
}
