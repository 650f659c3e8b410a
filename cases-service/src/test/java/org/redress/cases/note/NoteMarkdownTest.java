package org.redress.cases.note;

import static org.assertj.core.api.Assertions.assertThat;

import static org.redress.cases.support.InertHtml.assertInert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A note's Markdown becomes HTML that can do nothing but show text, emphasis, lists and plain links. */
class NoteMarkdownTest {

    @Test
    void showsAScriptTagAsTextThatDoesNotRun() {
        String html = NoteMarkdown.toHtml("Before <script>alert(1)</script> after");

        assertInert(html);
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Before <script>alert(1)</script> after");
    }

    @Test
    void showsAnImageWithAnEventHandlerAsTextThatDoesNotLoad() {
        String html = NoteMarkdown.toHtml("<img src=x onerror=alert(1)>");

        assertInert(html);
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void keepsTheTextOfAJavascriptLinkButNotItsTarget() {
        String html = NoteMarkdown.toHtml("[x](javascript:alert(1))");

        assertInert(html);
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("x");
        assertThat(Jsoup.parseBodyFragment(html).select("a[href]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "<javascript:alert(1)>",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](https://tracker.example/pixel.png)",
        "![x](x \"onerror=alert(1)\")",
        "[x]: javascript:alert(1)\n\n[click][x]",
        "<div style=\"position:fixed\" onclick=\"alert(1)\">x</div>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "```html\n<script>alert(1)</script>\n```",
        "`<b onmouseover=alert(1)>x</b>`",
        "<style>body{display:none}</style>",
        "[x](https://example.org \"\\\" onmouseover=alert(1) x=\\\"\")"
    })
    void rendersHostileInputInert(String markdown) {
        assertInert(NoteMarkdown.toHtml(markdown));
    }

    @Test
    void rendersEmphasisListsCodeAndLinksWithARelThatGivesNothingAway() {
        String html = NoteMarkdown.toHtml("**Called** the DPA, *twice*:\n\n- ref `DSB-2027-1`\n- see [the decision](https://dsb.gv.at/x)");

        assertInert(html);
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("strong").text()).isEqualTo("Called");
        assertThat(page.select("em").text()).isEqualTo("twice");
        assertThat(page.select("ul > li")).hasSize(2);
        assertThat(page.select("code").text()).isEqualTo("DSB-2027-1");
        Element link = page.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://dsb.gv.at/x");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void keepsMailtoLinksAndTheLineBreaksStaffTyped() {
        String html = NoteMarkdown.toHtml("Call back on Monday\nor write to [the DPO](mailto:dpo@example.org)");

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("br")).hasSize(1);
        assertThat(page.selectFirst("a").attr("href")).isEqualTo("mailto:dpo@example.org");
    }

    @Test
    void cutsALongNoteToAnExcerptForTheTimeline() {
        assertThat(NoteService.excerpt("  Line one\n\nline   two ")).isEqualTo("Line one line two");
        assertThat(NoteService.excerpt("a".repeat(300))).hasSize(NoteService.EXCERPT + 1).endsWith("…");
    }
}
