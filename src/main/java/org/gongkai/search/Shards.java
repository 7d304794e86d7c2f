package org.gongkai.search;

/** The shard files of an index: counted afresh ({@link Postings}) or partly taken from a published index. */
interface Shards {

    /** log2 of the number of shards. */
    int bits();

    /** The whole file {@code s/<shard>.js}. */
    byte[] file(int shard);
}
