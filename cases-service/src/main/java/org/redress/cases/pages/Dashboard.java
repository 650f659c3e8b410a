package org.redress.cases.pages;

import java.util.List;

import org.redress.cases.casefile.CaseSummary;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;

/**
 * What a staff member sees first: overdue and missed deadlines, then those due in the next seven
 * days, then their own open cases; the counts on top (the lists show at most a page each). The
 * deadlines are those of the staff member's cases and their team's unless {@code scope} is all.
 */
public record Dashboard(String username, StaffScope scope, long overdueCount, List<DeadlineRow> overdue, long dueSoonCount,
        List<DeadlineRow> dueSoon, long myOpenCasesCount, List<CaseSummary> myOpenCases) {

    /** The overdue count as shown: exact up to the cap, "more than 1000" beyond it (in the language of {@code text}). */
    public String overdueCountText(StaffMessages text) {
        return text.count_capped(overdueCount, DashboardService.COUNT_CAP);
    }

    /** Whether there are more overdue deadlines than the dashboard lists. */
    public boolean moreOverdue() {
        return overdueCount > overdue.size();
    }

    /** The link to all of them: "Show all 120 overdue or missed" (in the language of {@code text}). */
    public String allOverdueText(StaffMessages text) {
        return text.dashboard_show_all(overdueCount, DashboardService.COUNT_CAP);
    }

    /** A deadline with the facts of its case: its kind and state (the page says them in words), due time in the staff zone. */
    public record DeadlineRow(String caseReference, String caseTitle, String respondent, DeadlineKind kind, DeadlineState state,
            String due, String explanationSummary) {
    }
}
