package org.redress.complaints.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Dates on the public pages, written out in the reader's convention ({@link PageLanguage#dateLocale()}):
 * 27 May 2025 (or May 27, 2025 for US English), 27. Mai 2025, 27 mai 2025.
 */
@TemplateExtension
public final class DateFormats {

    /** The template attribute that carries the dates' locale, apart from the template's own (its language). */
    static final String DATE_LOCALE = "dateLocale";

    private DateFormats() {
    }

    static String longDate(LocalDate date, @TemplateAttribute(DATE_LOCALE) Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(locale)).format(date);
    }

    /** The day of an instant, as stored (UTC). */
    static String longDate(OffsetDateTime instant, @TemplateAttribute(DATE_LOCALE) Object locale) {
        return longDate(instant.toLocalDate(), locale);
    }

    private static Locale locale(Object locale) {
        if (locale instanceof Locale given) {
            return given;
        }
        return locale == null ? Locale.UK : Locale.forLanguageTag(locale.toString());
    }
}
