package org.gongkai.render.data;

import java.util.List;

import org.gongkai.render.view.LinkView;

/** The list of 年度汇总 pages, newest year first, each with what it holds. */
public record YearsView(List<LinkView> years) {
}
