package org.gongkai.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Registers what Gongkai changes in Flexmark: CJK emphasis, line breaks between Chinese characters that vanish,
 * heading ids, tables wrapped in a scroll box with header scopes and alignment as classes (the markup itself is
 * {@link PageMarkup}'s, which {@link DirectHtml} writes too), and {@code gongkai-ignore} comments left out of the
 * page ({@link IgnoreComment}).
 */
final class ChineseMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new CjkEmphasisDelimiterProcessor());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new ChineseNodeRenderer());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return ChineseMarkdownExtension::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE) {
            PageMarkup.heading(heading).setOn(attributes);
        } else if (node instanceof TableCell cell && part == AttributablePart.NODE) {
            attributes.remove("align"); // the tables extension's; PageMarkup says the alignment as a class
            PageMarkup.cell(cell).setOn(attributes);
        }
    }

    /** Renders soft breaks, table wrappers and ignore comments; everything else keeps Flexmark's rendering. */
    private static final class ChineseNodeRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(SoftLineBreak.class,
                            (node, context, html) -> html.raw(PageMarkup.softBreak(node))),
                    new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                        html.raw(PageMarkup.TABLE_OPEN);
                        context.delegateRender();
                        html.raw(PageMarkup.TABLE_CLOSE);
                    }),
                    // other comments stay escaped text, like all raw HTML
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> {
                        if (!IgnoreComment.isIgnoreComment(node.getChars())) {
                            context.delegateRender();
                        }
                    }));
        }
    }
}
