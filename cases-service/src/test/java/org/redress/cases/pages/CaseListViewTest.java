package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redress.cases.casefile.CaseFilter;
import org.redress.cases.casefile.CaseHolder;
import org.redress.cases.casefile.CaseList;
import org.redress.cases.casefile.CaseStatus;

class CaseListViewTest {

    static final CaseFilter FILTER = new CaseFilter(CaseStatus.OPEN, null, "ai training", null, "AT", "meta", "title", false,
            new CaseHolder("bob@redress.local", Set.of()));
    static final StaffScope MINE = StaffScope.of(null, "bob@redress.local", Set.of());

    @Test
    void linksTheNextPageKeepingTheFilterAndTheOrder() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 0, 25, 30), FILTER, MINE, Map.of());

        assertThat(view.hasPrevious()).isFalse();
        assertThat(view.hasNext()).isTrue();
        assertThat(view.nextLink())
                .isEqualTo("/staff/cases?status=OPEN&tag=ai+training&jurisdiction=AT&q=meta&sort=title&order=asc&page=1");
    }

    @Test
    void hasNoNextPageAfterTheLast() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER, MINE, Map.of());

        assertThat(view.hasNext()).isFalse();
        assertThat(view.hasPrevious()).isTrue();
        assertThat(view.pageNumber()).isEqualTo(2);
    }

    @Test
    void flipsTheOrderOfTheCurrentSortFieldAndSortsAnotherFieldAscendingFromTheFirstPage() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER, MINE, Map.of());

        assertThat(view.sortLink("title")).contains("sort=title&order=desc&page=0");
        assertThat(view.sortLink("reference")).contains("sort=reference&order=asc&page=0");
    }

    @Test
    void switchesBetweenMineAndAllKeepingTheFiltersAndKeepsAllInItsLinks() {
        CaseListView mine = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER, MINE, Map.of());
        CaseListView all = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER,
                StaffScope.of("all", "bob@redress.local", Set.of()), Map.of("CASE-2026-0001", "Mon 7 Dec 2026, 24:00 CET"));

        assertThat(mine.scopeLink(true)).startsWith("/staff/cases?scope=all&status=OPEN&").endsWith("page=0");
        assertThat(all.scopeLink(false)).startsWith("/staff/cases?status=OPEN&").doesNotContain("scope");
        assertThat(all.nextLink()).startsWith("/staff/cases?scope=all&");
        assertThat(all.nextDueOf("CASE-2026-0001")).isEqualTo("Mon 7 Dec 2026, 24:00 CET");
        assertThat(all.nextDueOf("CASE-2026-0002")).isEqualTo("—");
    }
}
