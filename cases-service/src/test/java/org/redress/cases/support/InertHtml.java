package org.redress.cases.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that a piece of HTML can only show text: nothing in it runs, loads or styles. */
public final class InertHtml {

    private InertHtml() {
    }

    /** Fails if {@code html} holds an active or loading element, an event handler, a style or a script URL. */
    public static void assertInert(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, style, img, iframe, object, embed, svg, math, form, input, link, meta, base"))
                .as("no active or loading element in %s", html).isEmpty();
        for (Element element : page.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s> in %s", element.tagName(), html)
                        .doesNotStartWithIgnoringCase("on").isNotEqualToIgnoringCase("style")
                        .isNotEqualToIgnoringCase("src");
                assertThat(attribute.getValue().replaceAll("\\s", "").toLowerCase())
                        .as("attribute %s of <%s> in %s", attribute.getKey(), element.tagName(), html)
                        .doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:");
            }
        }
    }
}
