package org.redress.platform.input;

import java.util.Optional;

/**
 * Text that Redress cannot keep: PostgreSQL refuses the character U+0000 in a text column, and a
 * lone UTF-16 surrogate is not Unicode at all (it would be stored as {@code ?} and lost). Such text
 * can only come from a faulty or hostile client, never from a person typing, so it is refused with a
 * message naming the field rather than cleaned.
 */
public final class InputText {

    /** Said of a field whose text holds U+0000. */
    public static final String NUL = "contains the character U+0000 (NUL), which cannot be stored";
    /** Said of a field whose text holds a lone surrogate; the message goes on with its position and ")". */
    public static final String LONE_SURROGATE = "is not valid Unicode (a lone surrogate at character ";

    private InputText() {
    }

    /** Why {@code text} cannot be stored, or empty when it can. */
    public static Optional<String> whyUnstorable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(LONE_SURROGATE + (i + 1) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(LONE_SURROGATE + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }
}
