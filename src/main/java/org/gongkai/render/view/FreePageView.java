package org.gongkai.render.view;

/** A free page (关于我们, 信息公开指南 …). */
public record FreePageView(String title, String bodyHtml) {
}
