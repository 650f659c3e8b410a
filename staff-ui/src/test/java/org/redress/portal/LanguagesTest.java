package org.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Choosing a page's language, and its dates' convention, from the browser's Accept-Language header. */
class LanguagesTest {

    @Test
    void englishGermanAndFrenchEnglishFirstAndThePatternForAFieldAcceptsExactlyThese() {
        assertThat(Languages.CODES).containsExactly("en", "de", "fr");
        assertThat(Languages.CODES).allMatch(code -> code.matches(Languages.PATTERN));
        assertThat(List.of("EN", "de-AT", "it", "")).noneMatch(code -> code.matches(Languages.PATTERN));
    }

    @Test
    void aRegionalVariantCountsAsItsLanguage() {
        assertThat(Languages.fromAcceptLanguage("de-AT,de;q=0.9,en;q=0.5")).isEqualTo("de");
        assertThat(Languages.fromAcceptLanguage("fr-BE")).isEqualTo("fr");
    }

    @Test
    void theBrowsersPreferenceOrderIsRespected() {
        assertThat(Languages.fromAcceptLanguage("en;q=0.1, de;q=0.9")).isEqualTo("de");
        assertThat(Languages.fromAcceptLanguage("pl-PL, pl;q=0.9, fr;q=0.5, de;q=0.4")).isEqualTo("fr");
    }

    @Test
    void englishWhenNoneOfOurLanguagesFitsOrTheHeaderIsMissingOrBroken() {
        assertThat(Languages.fromAcceptLanguage("pl-PL, pl")).isEqualTo("en");
        assertThat(Languages.fromAcceptLanguage("*")).isEqualTo("en");
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo("en");
        assertThat(Languages.fromAcceptLanguage("")).isEqualTo("en");
        assertThat(Languages.fromAcceptLanguage(";;;q=x")).isEqualTo("en");
    }

    @Test
    void englishDatesAreDayMonthYearUnlessTheBrowsersFirstEnglishIsUsEnglish() {
        assertThat(Languages.asksForUsEnglish("en-US,en;q=0.9")).isTrue();
        assertThat(Languages.asksForUsEnglish("de-DE,de;q=0.9,en-US;q=0.5")).isTrue();
        assertThat(Languages.asksForUsEnglish("en-GB,en-US;q=0.8")).isFalse();
        assertThat(Languages.asksForUsEnglish("en,en-US;q=0.8")).isFalse();
        assertThat(Languages.asksForUsEnglish("en-IE")).isFalse();
        assertThat(Languages.asksForUsEnglish("fr-FR")).isFalse();
        assertThat(Languages.asksForUsEnglish(null)).isFalse();
        assertThat(Languages.asksForUsEnglish(";;;q=x")).isFalse();
    }
}
