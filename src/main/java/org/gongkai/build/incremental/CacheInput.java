package org.gongkai.build.incremental;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link CacheOutput} wrote, from the whole file in memory; a cut-off or foreign file throws. */
final class CacheInput {

    private final byte[] bytes;
    private final ByteBuffer buffer;

    CacheInput(byte[] bytes) {
        this.bytes = bytes;
        this.buffer = ByteBuffer.wrap(bytes);
    }

    int readInt() {
        return buffer.getInt();
    }

    long readLong() {
        return buffer.getLong();
    }

    boolean readBoolean() {
        return buffer.get() != 0;
    }

    String readString() {
        int length = count();
        int at = buffer.position();
        buffer.position(at + length);
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    List<String> readStrings() {
        int count = count();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString());
        }
        return values;
    }

    /** A count of items or bytes that follow: never more than the bytes left. */
    int count() {
        int count = buffer.getInt();
        if (count < 0 || count > buffer.remaining()) {
            throw new IllegalStateException("not a count: " + count);
        }
        return count;
    }

    /** What {@link CacheOutput#writeSerialized} wrote, read through the cache's filter of types. */
    Object readSerialized() throws IOException, ClassNotFoundException {
        int length = count();
        int at = buffer.position();
        buffer.position(at + length);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, at, length))) {
            in.setObjectInputFilter(CacheFile.TYPES);
            return in.readObject();
        }
    }

    boolean atEnd() {
        return !buffer.hasRemaining();
    }
}
