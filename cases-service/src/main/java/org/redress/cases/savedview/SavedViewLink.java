package org.redress.cases.savedview;

/** A saved view as the case list shows it: its name, and the list with its query. */
public record SavedViewLink(String name, String query) {

    /** The case list filtered as saved. */
    public String href() {
        return query.isEmpty() ? "/staff/cases" : "/staff/cases?" + query;
    }
}
