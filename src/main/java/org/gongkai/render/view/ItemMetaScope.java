package org.gongkai.render.view;

import java.util.Optional;

/** The template scope that carries an item's metadata, empty on sites without {@code disclosure:}. */
public record ItemMetaScope(Optional<ItemMetaView> itemMeta) {

    public static final ItemMetaScope NONE = new ItemMetaScope(Optional.empty());
}
