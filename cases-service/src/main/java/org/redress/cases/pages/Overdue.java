package org.redress.cases.pages;

import java.util.List;

/**
 * One page of every overdue or missed deadline: {@code page} counts from 0, {@code count} is the
 * dashboard's count (exact up to {@link DashboardService#COUNT_CAP}).
 */
public record Overdue(List<Dashboard.DeadlineRow> rows, int page, int size, boolean hasNext, long count, StaffScope scope) {

    /** The page's number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    /** The number of the next page, from 1. */
    public int nextNumber() {
        return page + 2;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public long firstShown() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return (long) page * size + rows.size();
    }

    /** The count as shown: exact up to the cap, "more than 1000" beyond it (in the language of {@code text}). */
    public String countText(StaffMessages text) {
        return text.count_capped(count, DashboardService.COUNT_CAP);
    }
}
