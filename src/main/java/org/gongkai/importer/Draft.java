package org.gongkai.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One report read from the source, before it is written: its title (empty when none could be read), what the
 * sign-off gave, and its body.
 */
record Draft(String title, Optional<LocalDate> date, Optional<String> signedBy, List<Block> blocks) {

    Draft {
        blocks = List.copyOf(blocks);
    }

    /** The headings in order, as 「## 一、…」 「### （一）…」: the outline the tests compare with the source. */
    List<String> outline() {
        return blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b)
                .map(h -> "#".repeat(h.level()) + " " + h.text()).toList();
    }
}
