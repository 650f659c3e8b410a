package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboard's counts and link, in English (the bundle's default: its words are {@link StaffMessages}'). */
@QuarkusTest
class DashboardTest {

    @Inject
    StaffMessages english;

    @Test
    void showsTheOverdueCountExactlyUpToTheCapAndSaysMoreThanTheCapBeyondIt() {
        assertThat(withOverdue(0).overdueCountText(english)).isEqualTo("0");
        assertThat(withOverdue(DashboardService.COUNT_CAP).overdueCountText(english)).isEqualTo("1000");
        assertThat(withOverdue(DashboardService.COUNT_CAP + 1).overdueCountText(english)).isEqualTo("more than 1000");
    }

    @Test
    void offersToShowAllOverdueOnlyWhenItListsFewerThanThereAre() {
        Dashboard.DeadlineRow row = new Dashboard.DeadlineRow("CASE-2026-0001", "t", "r", DeadlineKind.FILING, DeadlineState.MISSED,
                "due", "why");
        Dashboard allListed = new Dashboard("bob", StaffScope.of(null, "bob@redress.local", Set.of()), 1, List.of(row), 0, List.of(), 0, List.of());
        Dashboard someListed = new Dashboard("bob", StaffScope.of(null, "bob@redress.local", Set.of()), 120, List.of(row), 0, List.of(), 0, List.of());

        assertThat(allListed.moreOverdue()).isFalse();
        assertThat(someListed.moreOverdue()).isTrue();
        assertThat(someListed.allOverdueText(english)).isEqualTo("Show all 120 overdue or missed");
        assertThat(withOverdue(DashboardService.COUNT_CAP + 1).allOverdueText(english))
                .isEqualTo("Show all overdue or missed (more than 1000)");
    }

    private static Dashboard withOverdue(long count) {
        return new Dashboard("bob", StaffScope.of(null, "bob@redress.local", Set.of()), count, List.of(), 0, List.of(), 0, List.of());
    }
}
