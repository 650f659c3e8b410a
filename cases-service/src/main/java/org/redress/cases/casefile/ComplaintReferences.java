package org.redress.cases.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Complaint references as staff type them to link complaints to a new case: {@code RC-2026-000123},
 * any case, separated by commas, spaces or new lines (as copied from a list or a spreadsheet column).
 */
public final class ComplaintReferences {

    /** complaints-service's references: {@code RC-<year>-<number, at least 6 digits>}. */
    public static final String FORMAT = "RC-[0-9]{4}-[0-9]{6,12}";
    public static final String EXAMPLE = "RC-2026-000123";
    /** At most this many at once; the triage desk links thousands. */
    public static final int MAX = 200;

    /** What was typed: the references (upper case, each once, in the order typed) and what is not one. */
    public record Parsed(List<String> references, List<String> notReferences) {
    }

    private ComplaintReferences() {
    }

    /** The message for what is not a reference: the first five named as typed. */
    public static String refusal(List<String> notReferences) {
        return "not complaint references (such as " + EXAMPLE + "): "
                + String.join(", ", notReferences.stream().limit(5).toList())
                + (notReferences.size() > 5 ? " and " + (notReferences.size() - 5) + " more" : "");
    }

    /** Those of {@code references} (as sent to the JSON API) that are not one. */
    public static List<String> notReferences(List<String> references) {
        return references.stream().map(String::valueOf).filter(reference -> !reference.matches(FORMAT)).toList();
    }

    public static Parsed parse(String typed) {
        Set<String> references = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        if (typed != null) {
            for (String word : typed.split("[,\\s]+")) {
                String reference = word.strip().toUpperCase(Locale.ROOT);
                if (reference.isEmpty()) {
                    continue;
                }
                if (reference.matches(FORMAT)) {
                    references.add(reference);
                } else {
                    bad.add(word.strip());
                }
            }
        }
        return new Parsed(List.copyOf(references), List.copyOf(bad));
    }
}
