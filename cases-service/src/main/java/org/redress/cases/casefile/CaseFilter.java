package org.redress.cases.casefile;

import java.util.Locale;
import java.util.Map;

import org.redress.cases.refusal.Refusals;

/**
 * What the case list is filtered, searched and sorted by; null fields do not filter. {@code search}
 * matches the reference or the title, case-insensitively; {@code mineOf} keeps the cases that staff
 * member owns and those of their teams.
 */
public record CaseFilter(CaseStatus status, String owner, String tag, String respondent, String jurisdiction,
        String search, String sort, boolean descending, CaseHolder mineOf) {

    /** The case's earliest running deadline (open or extended); cases without one sort last. */
    private static final String NEXT_DUE = "(select min(d.dueAt) from Deadline d where d.caseId = this.id and d.state in"
            + " (org.redress.cases.deadline.DeadlineState.OPEN, org.redress.cases.deadline.DeadlineState.EXTENDED))";
    /** The fields the list can be sorted by, as the API names them, and their entity attribute. */
    private static final Map<String, String> SORTS = Map.of(
            "openedAt", "openedAt", "updatedAt", "updatedAt", "reference", "reference", "title", "title",
            "respondent", "respondent", "status", "status", "nextDue", NEXT_DUE);

    /** Newest first, unfiltered. */
    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, "openedAt", true, null);
    }

    /** Whether the list can be sorted by {@code sort} (null: the default order). */
    public static boolean sortable(String sort) {
        return sort == null || SORTS.containsKey(sort);
    }

    /**
     * The order clause.
     *
     * @throws org.redress.platform.problem.Refusal 400 naming {@code sort} for an unknown field
     */
    String orderBy() {
        String attribute = SORTS.get(sort == null ? "openedAt" : sort);
        if (attribute == null) {
            throw Refusals.invalid("sort", "must be one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()));
        }
        String direction = descending ? " desc" : " asc";
        String nulls = attribute.equals(NEXT_DUE) ? " nulls last" : "";
        return "order by " + attribute + direction + nulls + ", reference" + direction;
    }

    /** {@code search} as a LIKE pattern, its wildcards escaped. */
    String searchPattern() {
        return "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
