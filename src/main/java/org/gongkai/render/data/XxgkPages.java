package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.FreePage;
import org.gongkai.model.Guide;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.render.Crumb;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;
import org.gongkai.render.view.FreePageView;

/** {@code xxgk/index.html}: the 政府信息公开 column with its standard sub-columns ({@link XxgkPaths#columns()}). */
final class XxgkPages {

    private final Templates templates;
    private final Layouts layouts;
    private final MarkdownRenderer markdown;
    private final SiteConfig config;
    private final Optional<FreePage> guidePage;

    XxgkPages(Templates templates, Layouts layouts, MarkdownRenderer markdown, Site site) {
        this.templates = templates;
        this.layouts = layouts;
        this.markdown = markdown;
        this.config = site.config();
        this.guidePage = site.pages().stream().filter(p -> p.slug().equals(GUIDE_PAGE)).findFirst();
    }

    /** The free page ({@code content/pages/guide.md}) the 指南 links to as its fuller text when there is one. */
    static final String GUIDE_PAGE = "guide";

    List<WrittenPage> render(PageSink sink) {
        String path = XxgkPaths.index();
        List<XxgkView.ColumnView> columns = new ArrayList<>();
        for (XxgkPaths.Column column : XxgkPaths.columns()) {
            columns.add(new XxgkView.ColumnView(column.label(), column.linked() ? OutputPaths.link(path, column.path()) : "",
                    column.description()));
        }
        String intro = "本栏目依据《中华人民共和国政府信息公开条例》设置，公开本机关的政府信息公开指南、制度、法定主动公开内容和年度报告，"
                + "并说明如何申请公开。";
        sink.write(path, templates.render("xxgk", layouts.layout(path, "政府信息公开", intro,
                List.of(new Crumb("政府信息公开", path))), new XxgkView(intro, columns)));
        return List.of(new WrittenPage(path, Optional.empty()), guide(sink), rules(sink), apply(sink));
    }

    private WrittenPage guide(PageSink sink) {
        String path = XxgkPaths.guide();
        Guide guide = config.guide().orContacts(config.contacts());
        List<GuideView.Fact> facts = new ArrayList<>();
        fact(facts, "工作机构", guide.office().isEmpty() ? config.bureau() : guide.office());
        fact(facts, "办公地址", guide.address());
        fact(facts, "办公时间", guide.hours());
        fact(facts, "联系电话", guide.phone());
        fact(facts, "传真", guide.fax());
        fact(facts, "电子邮箱", guide.email());
        fact(facts, "邮政编码", guide.postcode());
        String intro = "为了便于公民、法人和其他组织获取" + config.bureau() + "的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。";
        String form = guide.form();
        var view = new GuideView(intro, facts, markdown.render(guide.procedure().isEmpty() ? GuideTexts.PROCEDURE : guide.procedure()).html(),
                markdown.render(guide.fee().isEmpty() ? GuideTexts.FEE : guide.fee()).html(),
                form.isEmpty() ? "" : OutputPaths.link(path, form), form.isEmpty() ? "" : form.substring(form.lastIndexOf('/') + 1),
                OutputPaths.link(path, XxgkPaths.apply()), guidePage.map(FreePage::title).orElse(""),
                guidePage.map(p -> OutputPaths.link(path, OutputPaths.page(p.slug()))).orElse(""));
        sink.write(path, templates.render("guide", layouts.layout(path, "政府信息公开指南", intro, crumbs("政府信息公开指南", path)), view));
        return new WrittenPage(path, Optional.empty());
    }

    private WrittenPage rules(PageSink sink) {
        String path = XxgkPaths.rules();
        sink.write(path, templates.render("page", layouts.layout(path, "政府信息公开制度", "本机关政府信息公开工作遵循的法规和制度",
                crumbs("政府信息公开制度", path)), new FreePageView("政府信息公开制度", markdown.render(GuideTexts.RULES).html())));
        return new WrittenPage(path, Optional.empty());
    }

    private WrittenPage apply(PageSink sink) {
        String path = XxgkPaths.apply();
        Guide guide = config.guide();
        String form = guide.form().isEmpty() ? ""
                : "\n\n申请时可以填写[政府信息公开申请表](" + OutputPaths.link(path, guide.form()) + ")。";
        String text = "申请获取本机关的政府信息，请按[政府信息公开指南](" + OutputPaths.link(path, XxgkPaths.guide())
                + "#procedure)所列的程序提出。" + form + "\n\n"
                + (guide.procedure().isEmpty() ? GuideTexts.PROCEDURE : guide.procedure());
        sink.write(path, templates.render("page", layouts.layout(path, "依申请公开", "如何申请公开政府信息", crumbs("依申请公开", path)),
                new FreePageView("依申请公开", markdown.render(text).html())));
        return new WrittenPage(path, Optional.empty());
    }

    private static List<Crumb> crumbs(String label, String path) {
        return List.of(new Crumb("政府信息公开", XxgkPaths.index()), new Crumb(label, path));
    }

    private static void fact(List<GuideView.Fact> facts, String label, String value) {
        if (!value.isEmpty()) {
            facts.add(new GuideView.Fact(label, value));
        }
    }
}
