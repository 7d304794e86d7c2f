package org.gongkai.build.incremental;

import java.io.Serializable;

/** A published file's size and modification time: enough to notice that someone changed {@code site/} by hand. */
public record FileStamp(long size, long modified) implements Serializable {
}
