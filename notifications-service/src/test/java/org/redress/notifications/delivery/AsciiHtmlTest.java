package org.redress.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiHtmlTest {

    @Test
    void writesEveryCharacterOutsideAsciiAsANumericReference() {
        assertThat(AsciiHtml.of("<p>Frühere Links — leider 😀</p>"))
                .isEqualTo("<p>Fr&#252;here Links &#8212; leider &#128512;</p>");
    }

    @Test
    void leavesAsciiHtmlAndItsExistingReferencesAsTheyAre() {
        String html = "<p title=\"a &amp; b\">It&#39;s\n<a href=\"https://x.example/?a=1&amp;b=2\">here</a></p>";
        assertThat(AsciiHtml.of(html)).isSameAs(html);
    }
}
