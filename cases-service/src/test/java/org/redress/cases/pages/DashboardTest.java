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

    private static Dashboard withOverdue(long count) {
        return new Dashboard("bob", count, List.of(), 0, List.of(), 0, List.of());
    }
}
