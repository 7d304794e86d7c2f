package org.gongkai.search;

/** The shard files of an index: counted afresh ({@link Postings}) or partly taken from a published index. */
interface Shards {

    /** log2 of the number of shards. */
    int bits();

    /** How many (token, document) postings the shards hold. */
    long postings();

    /** The whole file {@code s/<shard>.js}. */
    byte[] file(int shard);

    /** The published file that is {@link #file} byte for byte, when there is one: it is carried over, not written. */
    default java.util.Optional<java.nio.file.Path> published(int shard) {
        return java.util.Optional.empty();
    }
}
