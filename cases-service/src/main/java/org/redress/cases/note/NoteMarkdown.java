package org.redress.cases.note;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A note's Markdown as HTML that is safe to put in a staff page. Two guards: CommonMark renders raw
 * HTML as text and empties links of a scheme other than http, https, mailto (and data); the result is
 * then cleaned against a safelist, so no script, event handler, style, image or javascript: link can
 * come through even if the renderer let one pass. Links keep http, https and mailto only, and open
 * nothing of Redress to the target ({@code rel="nofollow noopener noreferrer"}).
 */
public final class NoteMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            // a new line typed in a note is a new line on the page, as staff expect of a note
            .softbreak("<br>\n")
            .build();
    private static final Safelist SAFE = Safelist.none()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a")
            .addAttributes("ol", "start")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private NoteMarkdown() {
    }

    /** The note's HTML: what Markdown makes of {@code markdown}, cleaned against the safelist. */
    public static String toHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, "", SAFE, new Document.OutputSettings().prettyPrint(false));
    }
}
