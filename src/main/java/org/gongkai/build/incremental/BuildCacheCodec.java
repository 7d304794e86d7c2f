package org.gongkai.build.incremental;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.lint.ReportFindings;
import org.gongkai.load.FileStamp;

/**
 * The cache file's format: {@link BuildCache} field by field, strings as UTF-8 after their length. At 10k reports the
 * cache is 10,000 reports and 15,000 published files; Java's serialization of it took 90–160 ms to read in a fresh
 * JVM, this a fraction of that. What the rules found in a report (most have nothing) is kept by Java's serialization.
 * A field added to {@link BuildCache} or {@link CachedReport} goes here too ({@code BuildCacheCodecTest} fails until it
 * does).
 */
final class BuildCacheCodec {

    /** "GKBC" and the format's version: another format is not read. */
    static final long FORMAT = 0x474b4243_00000001L;
    /** How a file written by Java's serialization (an older Gongkai's cache) starts. */
    static final short JAVA_SERIALIZATION = (short) 0xaced;

    private BuildCacheCodec() {
    }

    static void write(CacheOutput out, BuildCache cache) throws IOException {
        out.writeLong(FORMAT).writeString(cache.tool()).writeString(cache.out()).writeString(cache.inputs())
                .writeString(cache.index()).writeString(cache.listing()).writeInt(cache.reports().size());
        for (Map.Entry<String, CachedReport> entry : cache.reports().entrySet()) {
            CachedReport report = entry.getValue();
            out.writeString(entry.getKey()).writeString(report.fingerprint()).writeString(report.context())
                    .writeString(report.summary()).writeStrings(report.outputs());
            boolean found = !report.findings().findings().isEmpty() || !report.findings().ignored().isEmpty();
            out.writeBoolean(found);
            if (found) {
                out.writeSerialized(report.findings());
            }
            stamp(out, report.stamp());
        }
        stamps(out, cache.published());
        out.writeBoolean(cache.inputStamps() != null);
        if (cache.inputStamps() != null) {
            out.writeString(cache.inputStamps().settings());
            stamps(out, cache.inputStamps().files());
        }
        out.flush();
    }

    /** The cache in {@code in}, which starts after the format's number. */
    static BuildCache read(CacheInput in) throws IOException, ClassNotFoundException {
        String tool = in.readString();
        String out = in.readString();
        String inputs = in.readString();
        String index = in.readString();
        String listing = in.readString();
        int count = in.count();
        Map<String, CachedReport> reports = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String path = in.readString();
            String fingerprint = in.readString();
            String context = in.readString();
            String summary = in.readString();
            List<String> outputs = in.readStrings();
            ReportFindings findings = in.readBoolean() ? (ReportFindings) in.readSerialized() : NOTHING_FOUND;
            reports.put(path, new CachedReport(fingerprint, context, summary, outputs, findings, stampOrNull(in)));
        }
        Map<String, FileStamp> published = stamps(in);
        InputStamps inputStamps = in.readBoolean() ? new InputStamps(in.readString(), stamps(in)) : null;
        if (!in.atEnd()) {
            throw new IllegalStateException("bytes after the cache");
        }
        return new BuildCache(tool, out, inputs, index, listing, reports, published, inputStamps);
    }

    private static final ReportFindings NOTHING_FOUND = new ReportFindings(List.of(), List.of());

    private static void stamp(CacheOutput out, FileStamp stamp) throws IOException {
        out.writeBoolean(stamp != null);
        if (stamp != null) {
            out.writeLong(stamp.size()).writeLong(stamp.modified());
        }
    }

    private static FileStamp stampOrNull(CacheInput in) {
        return in.readBoolean() ? new FileStamp(in.readLong(), in.readLong()) : null;
    }

    private static void stamps(CacheOutput out, Map<String, FileStamp> stamps) throws IOException {
        out.writeInt(stamps.size());
        for (Map.Entry<String, FileStamp> entry : stamps.entrySet()) {
            out.writeString(entry.getKey()).writeLong(entry.getValue().size()).writeLong(entry.getValue().modified());
        }
    }

    private static Map<String, FileStamp> stamps(CacheInput in) {
        int count = in.count();
        Map<String, FileStamp> stamps = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            stamps.put(in.readString(), new FileStamp(in.readLong(), in.readLong()));
        }
        return stamps;
    }
}
