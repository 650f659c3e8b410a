package org.redress.portal;

import java.util.List;
import java.util.Locale;

/**
 * The languages Redress speaks, public and staff pages, emails and consent wordings alike, and how a
 * browser's {@code Accept-Language} picks one of them. The one list of them: everything that offers,
 * accepts or renders a language reads it here. Each language has its texts in every bundle, so the
 * list changes with the code (a new bundle file), not with a deployment's settings.
 */
public final class Languages {

    /**
     * Our languages as a regular expression, for a {@code @Pattern} on a field that names one (an
     * annotation takes a constant, not a list).
     */
    public static final String PATTERN = "en|de|fr";

    /** English first: the language of a reader whose browser asks for none of these. */
    public static final List<String> CODES = List.of(PATTERN.split("\\|"));

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The best of our languages for an {@code Accept-Language} header; English when none fits. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), CODES);
            return best == null ? "en" : best;
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    /** Whether the most wanted English of an {@code Accept-Language} header is US English (for the dates' convention). */
    public static boolean asksForUsEnglish(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(Locale.LanguageRange::getRange)
                    .filter(range -> range.equals("en") || range.startsWith("en-"))
                    .findFirst()
                    .map(range -> range.equals("en-us"))
                    .orElse(false);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The language's own name: what a reader looks for in a language switch. */
    public static String ownName(String code) {
        return switch (code) {
            case "de" -> "Deutsch";
            case "fr" -> "Français";
            default -> "English";
        };
    }
}
