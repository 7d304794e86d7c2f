package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.render.Crumb;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;

/** {@code xxgk/index.html}: the 政府信息公开 column with its standard sub-columns ({@link XxgkPaths#columns()}). */
final class XxgkPages {

    private final Templates templates;
    private final Layouts layouts;

    XxgkPages(Templates templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

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
        return List.of(new WrittenPage(path, Optional.empty()));
    }
}
