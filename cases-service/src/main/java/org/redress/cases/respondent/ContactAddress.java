package org.redress.cases.respondent;

import org.redress.portal.Languages;

/**
 * An address of a respondent where a formal notice goes: whom it reaches ({@code DPO}, {@code LEGAL},
 * {@code GENERAL}), the address, and the language to write to it in (en, de or fr).
 */
public record ContactAddress(String role, String email, String language) {

    /** The language's own name ("Deutsch"), as a reader looks for it. */
    public String languageName() {
        return Languages.ownName(language);
    }
}
