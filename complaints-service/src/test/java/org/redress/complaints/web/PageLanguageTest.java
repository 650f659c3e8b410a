package org.redress.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Choosing the page's language, and its dates' convention, from the browser's Accept-Language header. */
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

    @Test
    void englishDatesAreDayMonthYearUnlessTheBrowsersFirstEnglishIsUsEnglish() {
        assertThat(PageLanguage.asksForUsEnglish("en-US,en;q=0.9")).isTrue();
        assertThat(PageLanguage.asksForUsEnglish("de-DE,de;q=0.9,en-US;q=0.5")).isTrue();
        assertThat(PageLanguage.asksForUsEnglish("en-GB,en-US;q=0.8")).isFalse();
        assertThat(PageLanguage.asksForUsEnglish("en,en-US;q=0.8")).isFalse();
        assertThat(PageLanguage.asksForUsEnglish("en-IE")).isFalse();
        assertThat(PageLanguage.asksForUsEnglish("fr-FR")).isFalse();
        assertThat(PageLanguage.asksForUsEnglish(null)).isFalse();
        assertThat(PageLanguage.asksForUsEnglish(";;;q=x")).isFalse();
    }

    @Test
    void aDateIsWrittenInTheConventionOfItsLocale() {
        LocalDate date = LocalDate.of(2026, 12, 2);
        assertThat(DateFormats.longDate(date, Locale.UK)).isEqualTo("2 December 2026");
        assertThat(DateFormats.longDate(date, Locale.US)).isEqualTo("December 2, 2026");
        assertThat(DateFormats.longDate(date, Locale.GERMAN)).isEqualTo("2. Dezember 2026");
        assertThat(DateFormats.longDate(date, Locale.FRENCH)).isEqualTo("2 décembre 2026");
        // a template rendered without the page's date locale still writes day, month, year
        assertThat(DateFormats.longDate(date, null)).isEqualTo("2 December 2026");
    }
}
