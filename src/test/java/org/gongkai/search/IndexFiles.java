package org.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files {@link SearchIndex} wrote, as the script does: the shards decoded back to token → (document →
 * weight), the documents' rows, and a query answered the script's way (every token, title matches first, then the
 * lowest count, then the newest).
 */
public final class IndexFiles {

    private static final Pattern SHARD = Pattern.compile("gongkaiSearch\\.shard\\((\\d+),\"(.*)\"\\);\n", Pattern.DOTALL);
    private static final Pattern BITS = Pattern.compile("\"bits\":(\\d+)");
    private static final Pattern DOC = Pattern.compile("^,?\\[\"([^\"]*)\",\"([^\"]*)\"", Pattern.MULTILINE);

    final int bits;
    final Map<String, TreeMap<Integer, Integer>> postings = new HashMap<>();
    final List<String> paths = new ArrayList<>();
    final List<String> titles = new ArrayList<>();

    IndexFiles(Map<String, String> files) {
        Matcher bitsMatch = BITS.matcher(files.get("search/meta.js"));
        bitsMatch.find();
        bits = Integer.parseInt(bitsMatch.group(1));
        for (int s = 0; s < 1 << bits; s++) {
            Matcher m = SHARD.matcher(files.get("search/s/" + s + ".js"));
            if (!m.matches() || Integer.parseInt(m.group(1)) != s) {
                throw new AssertionError("shard " + s + " is not a shard file");
            }
            decode(m.group(2), s, postings);
        }
        for (int f = 0; files.containsKey("search/d/" + f + ".js"); f++) {
            Matcher m = DOC.matcher(files.get("search/d/" + f + ".js").replaceFirst("^gongkaiSearch\\.docs\\(\\d+,\\[", ""));
            while (m.find()) {
                paths.add(m.group(1));
                titles.add(m.group(2));
            }
        }
    }

    /** Reads the index written into a built site. */
    static IndexFiles read(Path site) throws java.io.IOException {
        Map<String, String> files = new HashMap<>();
        try (var walk = Files.walk(site.resolve("search"))) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".js")).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return new IndexFiles(files);
    }

    private void decode(String text, int shard, Map<String, TreeMap<Integer, Integer>> into) {
        int[] at = {0};
        while (at[0] < text.length()) {
            int len = text.charAt(at[0]) == '.' ? 1 : 2;
            String token = text.substring(at[0] + 1, at[0] + 1 + len);
            at[0] += 1 + len;
            int key = len == 1 ? token.charAt(0) : Tokens.pair(token.charAt(0), token.charAt(1));
            if (shard >= 0 && Postings.shard(key, bits) != shard) {
                throw new AssertionError("token " + token + " is in shard " + shard);
            }
            int n = Codec.readNumber(text, at);
            TreeMap<Integer, Integer> docs = new TreeMap<>();
            int doc = -1;
            for (int i = 0; i < n; i++) {
                doc += Codec.readNumber(text, at) + 1;
                docs.put(doc, Codec.readNumber(text, at));
            }
            if (into.put(token, docs) != null) {
                throw new AssertionError("token " + token + " written twice");
            }
        }
    }

    /** The query's tokens as search.js makes them. */
    static List<String> tokens(String query) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? Tokens.fold(query.charAt(i)) : 0;
            if (c != 0) {
                run.append(c);
                continue;
            }
            if (run.length() == 1) {
                out.add(run.toString());
            }
            for (int j = 0; j + 1 < run.length(); j++) {
                out.add(run.substring(j, j + 2));
            }
            run.setLength(0);
        }
        return out.stream().distinct().toList();
    }

    /** The paths and titles of the documents a query finds, in the order the page shows them. */
    List<String> query(String query) {
        List<String> tokens = tokens(query);
        Map<Integer, int[]> hits = null; // doc → {all in title, lowest count}
        for (String token : tokens) {
            Map<Integer, Integer> docs = postings.getOrDefault(token, new TreeMap<>());
            Map<Integer, int[]> next = new HashMap<>();
            for (var e : docs.entrySet()) {
                int[] before = hits == null ? new int[] {1, Integer.MAX_VALUE} : hits.get(e.getKey());
                if (before != null) {
                    next.put(e.getKey(), new int[] {before[0] & e.getValue() & 1, Math.min(before[1], e.getValue() >> 1)});
                }
            }
            hits = next;
        }
        if (hits == null) {
            return List.of();
        }
        Map<Integer, int[]> found = hits;
        return found.keySet().stream()
                .sorted(Comparator.comparing((Integer d) -> -found.get(d)[0]).thenComparing(d -> -found.get(d)[1])
                        .thenComparing(d -> d))
                .map(d -> paths.get(d) + " " + titles.get(d)).toList();
    }
}
