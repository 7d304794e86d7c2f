package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.render.view.LinkView;
import org.gongkai.render.view.PagerView;

/** Page links for a list split into pages: first, last and two on each side of the current page. */
final class Pagers {

    private Pagers() {
    }

    static int pageCount(int entries, int pageSize) {
        return Math.max(1, (entries + pageSize - 1) / pageSize);
    }

    static Optional<PagerView> pager(String dir, int current, int pageCount) {
        if (pageCount <= 1) {
            return Optional.empty();
        }
        String from = OutputPaths.listPage(dir, current);
        List<PagerView.PagerItem> items = new ArrayList<>();
        boolean gap = false;
        for (int n = 1; n <= pageCount; n++) {
            boolean shown = n == 1 || n == pageCount || Math.abs(n - current) <= 2;
            if (shown) {
                items.add(new PagerView.PagerItem(Integer.toString(n), OutputPaths.link(from, OutputPaths.listPage(dir, n)),
                        n == current, false));
                gap = false;
            } else if (!gap) {
                items.add(new PagerView.PagerItem("…", "", false, true));
                gap = true;
            }
        }
        Optional<LinkView> previous = current > 1
                ? Optional.of(LinkView.of("上一页", OutputPaths.link(from, OutputPaths.listPage(dir, current - 1))))
                : Optional.empty();
        Optional<LinkView> next = current < pageCount
                ? Optional.of(LinkView.of("下一页", OutputPaths.link(from, OutputPaths.listPage(dir, current + 1))))
                : Optional.empty();
        return Optional.of(new PagerView("第 " + current + " 页，共 " + pageCount + " 页", previous, next, items));
    }
}
