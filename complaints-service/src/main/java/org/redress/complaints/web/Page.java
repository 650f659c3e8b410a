package org.redress.complaints.web;

import java.util.List;

/**
 * What the layout of every public page needs: the page's language, the path its language switch
 * links keep, and the organisation it names.
 */
public record Page(String lang, String path, Masthead masthead) {

    public List<String> languages() {
        return PageLanguage.LANGUAGES;
    }

    /** The same page in another language. */
    public String link(String language) {
        return path + "?lang=" + language;
    }
}
