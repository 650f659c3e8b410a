package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void showsTheOverdueCountExactlyUpToTheCapAndSaysMoreThanTheCapBeyondIt() {
        assertThat(withOverdue(0).overdueCountText()).isEqualTo("0");
        assertThat(withOverdue(DashboardService.COUNT_CAP).overdueCountText()).isEqualTo("1000");
        assertThat(withOverdue(DashboardService.COUNT_CAP + 1).overdueCountText()).isEqualTo("more than 1000");
    }

    @Test
    void offersToShowAllOverdueOnlyWhenItListsFewerThanThereAre() {
        Dashboard.DeadlineRow row = new Dashboard.DeadlineRow("CASE-2026-0001", "t", "r", "Filing", "MISSED", "Missed", "due", "why");
        Dashboard allListed = new Dashboard("bob", StaffScope.of(null, "bob@redress.local"), 1, List.of(row), 0, List.of(), 0, List.of());
        Dashboard someListed = new Dashboard("bob", StaffScope.of(null, "bob@redress.local"), 120, List.of(row), 0, List.of(), 0, List.of());

        assertThat(allListed.moreOverdue()).isFalse();
        assertThat(someListed.moreOverdue()).isTrue();
        assertThat(someListed.allOverdueText()).isEqualTo("Show all 120 overdue or missed");
        assertThat(withOverdue(DashboardService.COUNT_CAP + 1).allOverdueText())
                .isEqualTo("Show all overdue or missed (more than 1000)");
    }

    private static Dashboard withOverdue(long count) {
        return new Dashboard("bob", StaffScope.of(null, "bob@redress.local"), count, List.of(), 0, List.of(), 0, List.of());
    }
}
