package org.gongkai.render.view;

import java.util.List;
import java.util.Optional;

/** Page links of a paginated list: 上一页, numbered pages (with gaps), 下一页. */
public record PagerView(String status, Optional<LinkView> previous, Optional<LinkView> next, List<PagerItem> pages) {

    /** A numbered page link, the current page, or a gap (…). */
    public record PagerItem(String number, String url, boolean current, boolean gap) {
    }
}
