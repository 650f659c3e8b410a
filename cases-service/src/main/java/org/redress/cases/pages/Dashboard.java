package org.redress.cases.pages;

import java.util.List;

import org.redress.cases.casefile.CaseSummary;

/**
 * What a staff member sees first: overdue and missed deadlines, then those due in the next seven
 * days, then their own open cases; the counts on top (the lists show at most a page each). The
 * deadlines are those of the staff member's cases and their team's unless {@code scope} is all.
 */
public record Dashboard(String username, StaffScope scope, long overdueCount, List<DeadlineRow> overdue, long dueSoonCount,
        List<DeadlineRow> dueSoon, long myOpenCasesCount, List<CaseSummary> myOpenCases) {

    /** The overdue count as shown: exact up to the cap, "more than 1,000" beyond it. */
    public String overdueCountText() {
        return overdueCount > DashboardService.COUNT_CAP ? "more than " + DashboardService.COUNT_CAP
                : Long.toString(overdueCount);
    }

    /** Whether there are more overdue deadlines than the dashboard lists. */
    public boolean moreOverdue() {
        return overdueCount > overdue.size();
    }

    /** The link to all of them: "Show all 120 overdue or missed". */
    public String allOverdueText() {
        return overdueCount > DashboardService.COUNT_CAP ? "Show all overdue or missed (more than " + DashboardService.COUNT_CAP + ")"
                : "Show all " + overdueCount + " overdue or missed";
    }

    /**
     * A deadline with the facts of its case: its kind and state in words ({@code state} is the code
     * its style goes by), due time in the staff zone.
     */
    public record DeadlineRow(String caseReference, String caseTitle, String respondent, String kind, String state,
            String stateLabel, String due, String explanationSummary) {
    }
}
