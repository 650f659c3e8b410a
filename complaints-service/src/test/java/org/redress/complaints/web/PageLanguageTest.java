package org.redress.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Choosing the page's language from the browser's Accept-Language header. */
class PageLanguageTest {

    @Test
    void aRegionalVariantCountsAsItsLanguage() {
        assertThat(PageLanguage.fromAcceptLanguage("de-AT,de;q=0.9,en;q=0.5")).isEqualTo("de");
        assertThat(PageLanguage.fromAcceptLanguage("fr-BE")).isEqualTo("fr");
    }

    @Test
    void theBrowsersPreferenceOrderIsRespected() {
        assertThat(PageLanguage.fromAcceptLanguage("en;q=0.1, de;q=0.9")).isEqualTo("de");
        assertThat(PageLanguage.fromAcceptLanguage("pl-PL, pl;q=0.9, fr;q=0.5, de;q=0.4")).isEqualTo("fr");
    }

    @Test
    void englishWhenNoneOfOurLanguagesFitsOrTheHeaderIsMissingOrBroken() {
        assertThat(PageLanguage.fromAcceptLanguage("pl-PL, pl")).isEqualTo("en");
        assertThat(PageLanguage.fromAcceptLanguage("*")).isEqualTo("en");
        assertThat(PageLanguage.fromAcceptLanguage(null)).isEqualTo("en");
        assertThat(PageLanguage.fromAcceptLanguage("")).isEqualTo("en");
        assertThat(PageLanguage.fromAcceptLanguage(";;;q=x")).isEqualTo("en");
    }
}
