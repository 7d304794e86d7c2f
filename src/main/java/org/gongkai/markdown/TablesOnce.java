package org.gongkai.markdown;

import java.util.Set;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's tables extension, with its table finder made once per parser instead of once per document: the
 * finder compiles its separator-line expression when it is made, which cost more than finding the tables of a
 * short report. The finder keeps nothing from one document to the next (its options and that expression), so
 * one serves every document and thread. Rendering is the extension's own.
 */
final class TablesOnce implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new OnceFactory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** Makes the finder from the first parser state it sees (only the parser's options are read from it). */
    private static final class OnceFactory implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory made;
        private volatile ParagraphPreProcessor finder;

        OnceFactory(ParagraphPreProcessorFactory made) {
            this.made = made;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor current = finder;
            if (current == null) {
                current = made.apply(state); // two threads may both make one: either serves
                finder = current;
            }
            return current;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return made.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return made.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return made.affectsGlobalScope();
        }
    }
}
