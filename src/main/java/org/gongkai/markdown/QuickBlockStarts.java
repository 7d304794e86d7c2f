package org.gongkai.markdown;

import java.util.Set;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's core block parsers, each asked about a line only when the line's first character (after the
 * indent) can start its kind of block. Flexmark asks every block parser about every line, with regular
 * expressions, and almost every line of a report is Chinese text that starts none of them; that was a tenth of
 * parsing. The parsers themselves are Flexmark's, tried in Flexmark's order (each wrapper comes after the one
 * before it), so the tree is the same: {@code QuickBlockStartsTest} compares it node by node with Flexmark's.
 */
final class QuickBlockStarts implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.BLOCK_QUOTE_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Quotes());
        builder.customBlockParserFactory(new Headings());
        builder.customBlockParserFactory(new Fences());
        builder.customBlockParserFactory(new HtmlBlocks());
        builder.customBlockParserFactory(new Breaks());
        builder.customBlockParserFactory(new Lists());
    }

    /**
     * One of Flexmark's factories, with the characters a line of its block can start with. Each wrapper below is a
     * class of its own because Flexmark orders factories by class ({@link #getAfterDependents()}).
     */
    private abstract static class Quick implements CustomBlockParserFactory {

        private final CustomBlockParserFactory flexmark;
        private final String starts;
        private final Class<?> after;

        Quick(CustomBlockParserFactory flexmark, String starts, Class<?> after) {
            this.flexmark = flexmark;
            this.starts = starts;
            this.after = after;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory parsers = flexmark.apply(options);
            return new BlockParserFactory() {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int at = state.getNextNonSpaceIndex();
                    if (at < line.length() && starts.indexOf(line.charAt(at)) < 0) {
                        return BlockStart.none();
                    }
                    return parsers.tryStart(state, matched);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return after == null ? Set.of() : Set.of(after);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of();
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Quotes extends Quick {
        Quotes() {
            super(new BlockQuoteParser.Factory(), ">", null);
        }
    }

    private static final class Headings extends Quick {
        Headings() {
            super(new HeadingParser.Factory(), "#=-", Quotes.class);
        }
    }

    private static final class Fences extends Quick {
        Fences() {
            super(new FencedCodeBlockParser.Factory(), "`~", Headings.class);
        }
    }

    private static final class HtmlBlocks extends Quick {
        HtmlBlocks() {
            super(new HtmlBlockParser.Factory(), "<", Fences.class);
        }
    }

    private static final class Breaks extends Quick {
        Breaks() {
            super(new ThematicBreakParser.Factory(), "*_-", HtmlBlocks.class);
        }
    }

    /** Bullets, and the digits of a numbered item. */
    private static final class Lists extends Quick {
        Lists() {
            super(new ListBlockParser.Factory(), "-+*0123456789", Breaks.class);
        }
    }
}
