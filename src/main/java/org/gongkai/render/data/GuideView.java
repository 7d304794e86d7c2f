package org.gongkai.render.data;

import java.util.List;

/**
 * {@code xxgk/guide/}: the 政府信息公开指南. The facts are ready strings (an empty list of facts shows a note);
 * the procedure and the fee rule are HTML rendered from Markdown; {@code pageUrl} links the free page {@code guide}.
 */
public record GuideView(String intro, List<Fact> facts, String procedureHtml, String feeHtml, String formUrl, String formName,
                        String applyUrl, String pageTitle, String pageUrl) {

    public record Fact(String label, String value) {
    }
}
