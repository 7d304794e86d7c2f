package org.gongkai.build.incremental;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the cache file's values: numbers, and strings as their UTF-8 bytes after their length ({@link CacheInput}). */
final class CacheOutput {

    private final DataOutputStream out;

    CacheOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    CacheOutput writeInt(int value) throws IOException {
        out.writeInt(value);
        return this;
    }

    CacheOutput writeLong(long value) throws IOException {
        out.writeLong(value);
        return this;
    }

    CacheOutput writeBoolean(boolean value) throws IOException {
        out.writeBoolean(value);
        return this;
    }

    CacheOutput writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        return this;
    }

    CacheOutput writeStrings(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(value);
        }
        return this;
    }

    /** A value of the few kinds not spelled out field by field (what the rules found), by Java's serialization. */
    CacheOutput writeSerialized(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(value);
        }
        out.writeInt(bytes.size());
        bytes.writeTo(out);
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }
}
