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
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Registers what Gongkai changes in Flexmark: CJK emphasis, line breaks between Chinese characters that vanish,
 * heading ids, tables wrapped in a scroll box with header scopes and alignment as classes, and
 * {@code gongkai-ignore} comments left out of the page ({@link IgnoreComment}).
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
        if (node instanceof Heading heading && part == AttributablePart.NODE && !heading.getAnchorRefId().isEmpty()) {
            attributes.replaceValue("id", heading.getAnchorRefId());
        } else if (node instanceof TableCell cell && part == AttributablePart.NODE) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            if (cell.isHeader()) {
                attributes.replaceValue("scope", "col");
            }
            if ("right".equals(align)) {
                attributes.addValue("class", "num");
            } else if ("center".equals(align)) {
                attributes.addValue("class", "center");
            }
        }
    }

    /** Renders soft breaks, table wrappers and ignore comments; everything else keeps Flexmark's rendering. */
    private static final class ChineseNodeRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                        if (!joinsWideCharacters(node)) {
                            html.raw("\n");
                        }
                    }),
                    new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                        html.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"表格\" tabindex=\"0\">");
                        context.delegateRender();
                        html.raw("</div>\n");
                    }),
                    // other comments stay escaped text, like all raw HTML
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> {
                        if (!IgnoreComment.isIgnoreComment(node.getChars())) {
                            context.delegateRender();
                        }
                    }));
        }
    }

    /**
     * A line break next to a CJK character is dropped, as CSS Text 3 says of segment breaks: 「学校\n工作」 is one
     * word in Chinese. Markup characters between the break and the text (** _ `) are looked through.
     */
    static boolean joinsWideCharacters(SoftLineBreak node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int before = node.getStartOffset() - 1;
        while (before >= 0 && isMarkupOrSpace(base.charAt(before))) {
            before--;
        }
        int after = node.getEndOffset();
        while (after < base.length() && (isMarkupOrSpace(base.charAt(after)) || base.charAt(after) == '>')) {
            after++;
        }
        boolean wideBefore = before >= 0 && CjkText.isWide(Character.codePointBefore(base, before + 1));
        boolean wideAfter = after < base.length() && CjkText.isWide(Character.codePointAt(base, after));
        return wideBefore || wideAfter;
    }

    private static boolean isMarkupOrSpace(char c) {
        return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '`' || c == '~';
    }
}
