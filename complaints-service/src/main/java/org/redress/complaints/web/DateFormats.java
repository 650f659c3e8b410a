package org.redress.complaints.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Dates on the public pages, written out in the page's language: 27 May 2025, 27. Mai 2025, 27 mai 2025. */
@TemplateExtension
public final class DateFormats {

    private DateFormats() {
    }

    static String longDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(locale)).format(date);
    }

    /** The day of an instant, as stored (UTC). */
    static String longDate(OffsetDateTime instant, @TemplateAttribute("locale") Object locale) {
        return longDate(instant.toLocalDate(), locale);
    }

    private static Locale locale(Object locale) {
        if (locale instanceof Locale given) {
            return given;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
    }
}
