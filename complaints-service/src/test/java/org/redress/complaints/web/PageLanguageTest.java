package org.redress.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The dates of the public pages, in the convention of the reader's locale (the language itself: staff-ui's LanguagesTest). */
class PageLanguageTest {

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
