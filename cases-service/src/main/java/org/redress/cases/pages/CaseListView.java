package org.redress.cases.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.cases.casefile.CaseFilter;
import org.redress.cases.casefile.CaseList;

/**
 * One page of the case list with the filter and scope it was made with, each case's next deadline,
 * and the links to sort and page it and to switch between "mine" and "all".
 */
public record CaseListView(CaseList list, CaseFilter filter, StaffScope scope, Map<String, String> nextDue) {

    /** When the case's next running deadline ends, or a dash. */
    public String nextDueOf(String reference) {
        return nextDue.getOrDefault(reference, "—");
    }

    /** The same filters over the other scope ("mine" ↔ "all"), from the first page. */
    public String scopeLink(boolean all) {
        return link(filter.sort(), filter.descending(), 0, all);
    }

    public boolean hasPrevious() {
        return list.page() > 0;
    }

    public boolean hasNext() {
        return (long) (list.page() + 1) * list.size() < list.total();
    }

    /** The page number as people count, from 1. */
    public int pageNumber() {
        return list.page() + 1;
    }

    public String previousLink() {
        return pageLink(list.page() - 1);
    }

    public String nextLink() {
        return pageLink(list.page() + 1);
    }

    String pageLink(int page) {
        return link(filter.sort(), filter.descending(), page, scope.all());
    }

    /** Sorting by {@code field}; the current field's link flips the order. */
    public String sortLink(String field) {
        boolean descending = field.equals(filter.sort()) ? !filter.descending() : false;
        return link(field, descending, 0, scope.all());
    }

    public String value(String text) {
        return text == null ? "" : text;
    }

    /** The current filter as hidden fields, for the form that saves it as a view (no page number). */
    public List<Map.Entry<String, String>> savedFields() {
        return List.copyOf(parameters(filter, filter.sort(), filter.descending(), null, scope.all()).entrySet());
    }

    /** The query string a saved view keeps for {@code filter} over {@code scope}: the list's own parameters, no page. */
    static String savedQuery(CaseFilter filter, boolean all) {
        return query(parameters(filter, filter.sort(), filter.descending(), null, all));
    }

    private String link(String sort, boolean descending, int page, boolean all) {
        return "/staff/cases?" + query(parameters(filter, sort, descending, page, all));
    }

    /** The list's parameters that have a value, in a fixed order; {@code page} null: left out. */
    private static Map<String, String> parameters(CaseFilter filter, String sort, boolean descending, Integer page,
            boolean all) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", all ? StaffScope.ALL : null);
        query.put("status", filter.status() == null ? null : filter.status().name());
        query.put("owner", filter.owner());
        query.put("tag", filter.tag());
        query.put("respondent", filter.respondent());
        query.put("jurisdiction", filter.jurisdiction());
        query.put("q", filter.search());
        query.put("sort", sort);
        query.put("order", descending ? "desc" : "asc");
        query.put("page", page == null ? null : String.valueOf(page));
        query.values().removeIf(value -> value == null || value.isBlank());
        return query;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
