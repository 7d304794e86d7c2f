package org.gongkai.lint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the totals a document states together with their parts, in prose and (through {@link TableTotals}) in
 * tables. Which figures are parts
 * follows how reports write them (see domain-from-seeds.md §6.2): the figures after 「其中」, after a total and a
 * colon, in brackets right after a total, before 「合计」, and the rows of a table with a 合计 row or column.
 * Figures in comparisons (「比去年增加527人」) and after 「此外」 are never parts.
 */
public final class TotalStatements {

    private static final String SENTENCE_ENDS = "。！？!?";
    private static final String CLAUSE_ENDS = "，,、；;：:（）()。！？!?\n";
    private static final WordSet OF_WHICH = WordSet.of("其中");
    private static final WordSet SUM_WORDS = WordSet.of("合计", "总计", "共计", "一共", "总共");
    private static final WordSet ALL_KINDS = WordSet.of("各类", "各项");
    private static final WordSet STOP = WordSet.of("此外", "另外", "另有", "除此之外");
    static final Pattern COMPARISON = Pattern.compile("(?:比|较|与)(?:去年|上年|前年|上一年|同期|上学期|上年度|往年|"
            + "[0-9]{4}年)|同比|环比|净增|增幅|增长|增加|减少|下降|降低|提高|多出");
    /** {@link #COMPARISON}'s words written out, but for 「比2012年」 (see {@link #isComparison(String, char[], int, int)}). */
    private static final WordSet COMPARISON_WORDS = comparisonWords();

    private static WordSet comparisonWords() {
        List<String> words = new ArrayList<>();
        for (String than : List.of("比", "较", "与")) {
            for (String when : List.of("去年", "上年", "前年", "上一年", "同期", "上学期", "上年度", "往年")) {
                words.add(than + when);
            }
        }
        words.addAll(List.of("同比", "环比", "净增", "增幅", "增长", "增加", "减少", "下降", "降低", "提高", "多出"));
        return WordSet.of(words.toArray(String[]::new));
    }

    private TotalStatements() {
    }

    /** The totals a document states with their parts, found once per document (two rules read them). */
    public static List<TotalStatement> of(LintDocument document) {
        return document.memo(TotalStatements.class, TotalStatements::find);
    }

    static List<TotalStatement> find(LintDocument document) {
        List<TotalStatement> found = new ArrayList<>();
        for (LintDocument.Span paragraph : document.paragraphs()) {
            found.addAll(new Paragraph(document, paragraph).statements());
        }
        for (LintDocument.Table table : document.tables()) {
            found.addAll(TableTotals.find(document, table));
        }
        return found;
    }

    /** One paragraph's figures with their sentences and clauses. */
    private static final class Paragraph {

        private final LintText text;
        private final String t;
        private final int start;
        private final int end;
        private final List<Quantity> figures;
        private final Set<Integer> usedTotals = new HashSet<>();
        private final Map<Integer, Boolean> comparisons = new HashMap<>();
        /** The masked text as an array: the clause and sentence scans below walk it character by character. */
        private final char[] c;

        Paragraph(LintDocument document, LintDocument.Span span) {
            this.text = document.body();
            this.c = text.chars();
            this.t = text.masked();
            this.start = span.start();
            this.end = span.end();
            List<Quantity> notShares = new ArrayList<>();
            for (Quantity q : document.figures(span)) {
                if (!q.isShare()) {
                    notShares.add(q);
                }
            }
            this.figures = notShares;
        }

        List<TotalStatement> statements() {
            List<TotalStatement> out = new ArrayList<>();
            if (figures.size() < 2) {
                return out;
            }
            ofWhich(out);
            sumWords(out);
            brackets(out);
            colons(out);
            allKinds(out);
            return out;
        }

        /** 「…共有留守儿童2012人，其中小学1131人，初中881人」: the parts may be a subset. */
        private void ofWhich(List<TotalStatement> out) {
            for (int p = text.indexOfAny(start, end, OF_WHICH); p >= 0; p = text.indexOfAny(p + 2, end, OF_WHICH)) {
                int ofWhichEnd = p + 2;
                int sentenceStart = sentenceStart(p);
                int candidatesFrom = sentenceStart;
                if (t.substring(sentenceStart, p).isBlank() && sentenceStart > start) {
                    candidatesFrom = sentenceStart(sentenceStart - 1); // 「…10407万元。其中：…」
                }
                int partsEnd = stopAfter(ofWhichEnd, sentenceEnd(p));
                int nextOfWhich = ofWhichBefore(text, ofWhichEnd, partsEnd);
                if (nextOfWhich >= 0) {
                    partsEnd = nextOfWhich;
                }
                List<Quantity> parts = between(ofWhichEnd, partsEnd);
                for (Map.Entry<String, List<Quantity>> unit : byUnit(parts).entrySet()) {
                    Quantity total = lastBefore(candidatesFrom, p, unit.getKey());
                    if (total != null) {
                        add(out, total, unit.getValue(), false, false);
                    }
                }
            }
        }

        /**
         * 「…8人，…118人，…101人，合计227人」: the figures before 合计 in its sentence. Figures after 合计/共计 are not
         * taken as parts: 「共计学习17次，讲党课13次…」 lists other things, and 「共计…，其中…」 is handled above.
         */
        private void sumWords(List<TotalStatement> out) {
            for (int at = text.indexOfAny(start, end, SUM_WORDS); at >= 0;
                 at = text.indexOfAny(at + 2, end, SUM_WORDS)) {
                int wordEnd = at + 2; // every sum word has two characters
                int clauseEnd = clauseEnd(wordEnd);
                Quantity total = null;
                for (Quantity q : figures) {
                    if (q.start() >= wordEnd && q.start() < clauseEnd && q.start() - wordEnd <= 12) {
                        total = q;
                        break;
                    }
                }
                if (total == null) {
                    continue;
                }
                int sentenceEnd = sentenceEnd(total.end());
                if (ofWhichBefore(text, total.end(), sentenceEnd) >= 0) {
                    continue;
                }
                String unit = total.unitClass();
                List<Quantity> before = sameUnit(between(sentenceStart(at), clauseStart(at)), unit);
                if (before.size() >= 2) {
                    add(out, total, before, true, true);
                }
            }
        }

        /** 「318个项目（加固类项目149个，重建类项目169个）」: the bracket may follow a short noun. */
        private void brackets(List<TotalStatement> out) {
            for (Quantity total : figures) {
                int open = skipSpaces(total.end());
                for (int n = 0; n < 4 && open < end && Chars.isHan(c[open]); n++) {
                    open++;
                }
                if (open >= end || c[open] != '（' && c[open] != '(') {
                    continue;
                }
                int close = closing(open);
                if (close < 0) {
                    continue;
                }
                String inside = t.substring(open + 1, close);
                List<Quantity> parts = sameUnit(between(open + 1, close), total.unitClass());
                boolean subset = inside.contains("其中") || inside.contains("含") || inside.contains("包括")
                        || inside.strip().endsWith("等") || parts.size() < 2;
                if (!parts.isEmpty()) {
                    add(out, total, parts, !subset, false);
                }
            }
        }

        /** 「落实资金3315余万元：A 588万元，B 1313.93万元…」: a breakdown that claims to be complete. */
        private void colons(List<TotalStatement> out) {
            for (Quantity total : figures) {
                int colon = skipSpaces(total.end());
                if (colon >= end || c[colon] != '：' && c[colon] != ':') {
                    continue;
                }
                List<Quantity> parts = sameUnit(between(colon + 1, stopAfter(colon + 1, end)), total.unitClass());
                if (parts.size() >= 2) {
                    add(out, total, parts, true, false);
                }
            }
        }

        /**
         * 「落实各类教育惠民政策资金3315余万元，农民工…588万元。免除…1313.93万元；…」: amounts of all kinds, listed
         * from the total's own sentence on. Only money: 「各类本科上线人数1478人，…理科…22人」 is no list.
         */
        private void allKinds(List<TotalStatement> out) {
            for (Quantity total : figures) {
                if (!total.unitClass().equals("元")
                        || text.indexOfAny(clauseStart(total.start()), total.start(), ALL_KINDS) < 0) {
                    continue;
                }
                List<Quantity> parts = sameUnit(between(total.end(), stopAfter(total.end(), end)), total.unitClass());
                boolean listStartsNext = !parts.isEmpty() && parts.get(0).start() < sentenceEnd(total.end());
                if (parts.size() >= 3 && listStartsNext) {
                    add(out, total, parts, true, false);
                }
            }
        }

        private void add(List<TotalStatement> out, Quantity total, List<Quantity> parts, boolean complete, boolean fromEnd) {
            if (!usedTotals.add(total.start()) || isComparison(total)) {
                return;
            }
            List<TotalStatement.Figure> partFigures = new ArrayList<>();
            for (Quantity part : parts) {
                partFigures.add(new TotalStatement.Figure(part, text, label(part)));
            }
            out.add(new TotalStatement(new TotalStatement.Figure(total, text, label(total)), partFigures, complete,
                    fromEnd, "", Optional.empty()));
        }

        /** The figures in {@code [from, to)} that are not in a comparison. */
        private List<Quantity> between(int from, int to) {
            List<Quantity> out = new ArrayList<>();
            for (Quantity q : figures) {
                if (q.start() >= from && q.end() <= to && !isComparison(q)) {
                    out.add(q);
                }
            }
            return out;
        }

        private Quantity lastBefore(int from, int to, String unit) {
            Quantity last = null;
            for (Quantity q : figures) {
                if (q.start() >= from && q.end() <= to && q.unitClass().equals(unit) && !isComparison(q)) {
                    last = q;
                }
            }
            return last;
        }

        private boolean isComparison(Quantity q) {
            // asked for the same figure many times (each list of parts filters them): worked out once per figure
            return comparisons.computeIfAbsent(q.start(),
                    s -> TotalStatements.isComparison(t, c, clauseStart(q.start()), clauseEnd(q.end())));
        }

        /** What a figure is a figure of: its clause up to the figure, without 其中 and the like. */
        private String label(Quantity q) {
            String label = t.substring(clauseStart(q.start()), q.start()).strip();
            return withoutLeadingSumWord(label).strip();
        }

        private int sentenceStart(int offset) {
            int i = offset;
            while (i > start && !isSentenceEnd(c[i - 1])) {
                i--;
            }
            return i;
        }

        private int sentenceEnd(int offset) {
            int i = offset;
            while (i < end && !isSentenceEnd(c[i])) {
                i++;
            }
            return i;
        }

        private int clauseStart(int offset) {
            int i = offset;
            while (i > start && !isClauseEnd(c[i - 1])) {
                i--;
            }
            return i;
        }

        private int clauseEnd(int offset) {
            int i = offset;
            while (i < end && !isClauseEnd(c[i])) {
                i++;
            }
            return i;
        }

        /** Where a list of parts ends: at 此外/另外, or at {@code limit}. */
        private int stopAfter(int from, int limit) {
            int stop = text.indexOfAny(from, Math.max(from, limit), STOP);
            return stop >= 0 ? stop : limit;
        }

        private int skipSpaces(int offset) {
            int i = offset;
            while (i < end && (c[i] == ' ' || c[i] == '\u3000')) {
                i++;
            }
            return i;
        }

        private int closing(int open) {
            char closeChar = c[open] == '（' ? '）' : ')';
            for (int i = open + 1; i < end; i++) {
                if (c[i] == closeChar) {
                    return i;
                }
                if (isSentenceEnd(c[i])) {
                    return -1;
                }
            }
            return -1;
        }
    }

    /** {@link #SENTENCE_ENDS} and {@link #CLAUSE_ENDS} by character: tested for every character a scan passes. */
    private static final boolean[] SENTENCE_END = Chars.table(SENTENCE_ENDS);
    private static final boolean[] CLAUSE_END = Chars.table(CLAUSE_ENDS);

    private static boolean isSentenceEnd(char ch) {
        return SENTENCE_END[ch];
    }

    private static boolean isClauseEnd(char ch) {
        return CLAUSE_END[ch];
    }

    /**
     * Whether {@link #COMPARISON} finds a match in {@code t[from, to)} ({@code c} are its characters): a walk with
     * the words' first characters instead of the expression, which ran for every figure.
     */
    static boolean isComparison(String t, char[] c, int from, int to) {
        if (COMPARISON_WORDS.indexIn(t, c, from, to) >= 0) {
            return true;
        }
        for (int i = from; i + 6 <= to; i++) {
            if ((c[i] == '比' || c[i] == '较' || c[i] == '与') && isAsciiDigit(c[i + 1]) && isAsciiDigit(c[i + 2])
                    && isAsciiDigit(c[i + 3]) && isAsciiDigit(c[i + 4]) && c[i + 5] == '年') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * The first 其中 from {@code from} that starts before {@code before} (it may end after it), or -1: {@code
     * masked.indexOf("其中", from)} when that is below {@code before}, without searching the rest of the text.
     */
    static int ofWhichBefore(LintText text, int from, int before) {
        return text.indexOfAny(from, Math.min(before + 1, text.masked().length()), OF_WHICH);
    }

    /** {@code label.replaceFirst("^(其中|共|共计|合计|总计|累计)", "")}: 共 comes before 共计, so 共计 loses only 共. */
    static String withoutLeadingSumWord(String label) {
        if (label.startsWith("其中") || label.startsWith("合计") || label.startsWith("总计") || label.startsWith("累计")) {
            return label.substring(2);
        }
        return label.startsWith("共") ? label.substring(1) : label;
    }

    private static List<Quantity> sameUnit(List<Quantity> figures, String unit) {
        return figures.stream().filter(q -> q.unitClass().equals(unit)).toList();
    }

    private static Map<String, List<Quantity>> byUnit(List<Quantity> figures) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        for (Quantity q : figures) {
            byUnit.computeIfAbsent(q.unitClass(), k -> new ArrayList<>()).add(q);
        }
        return byUnit;
    }
}
