package org.gongkai.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One report read from the source, before it is written: its title (empty when none could be read), what the
 * sign-off gave, and its body.
 */
record Draft(String title, Optional<LocalDate> date, Optional<String> signedBy, List<Block> blocks,
             List<Picture> pictures) {

    /** An image of a .docx: its bytes and file extension ({@code png}, {@code jpeg} …). */
    record Picture(byte[] bytes, String extension) {
    }

    Draft {
        blocks = List.copyOf(blocks);
        pictures = List.copyOf(pictures);
    }

    Draft(String title, Optional<LocalDate> date, Optional<String> signedBy, List<Block> blocks) {
        this(title, date, signedBy, blocks, List.of());
    }

    /** The headings in order, as 「## 一、…」 「### （一）…」: the outline the tests compare with the source. */
    List<String> outline() {
        return blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b)
                .map(h -> "#".repeat(h.level()) + " " + h.text()).toList();
    }
}
