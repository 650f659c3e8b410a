package org.redress.complaints.triage;

import java.util.List;

/** One page of the triage queue, newest first; {@code total} counts every complaint the filter matches. */
public record TriagePage(List<ComplaintRow> items, int page, int size, long total) {

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
