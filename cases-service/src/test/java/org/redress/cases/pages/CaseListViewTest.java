package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.cases.casefile.CaseFilter;
import org.redress.cases.casefile.CaseList;
import org.redress.cases.casefile.CaseStatus;

class CaseListViewTest {

    static final CaseFilter FILTER = new CaseFilter(CaseStatus.OPEN, null, "ai training", null, "AT", "meta", "title", false);

    @Test
    void linksTheNextPageKeepingTheFilterAndTheOrder() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 0, 25, 30), FILTER);

        assertThat(view.hasPrevious()).isFalse();
        assertThat(view.hasNext()).isTrue();
        assertThat(view.nextLink())
                .isEqualTo("/staff/cases?status=OPEN&tag=ai+training&jurisdiction=AT&q=meta&sort=title&order=asc&page=1");
    }

    @Test
    void hasNoNextPageAfterTheLast() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER);

        assertThat(view.hasNext()).isFalse();
        assertThat(view.hasPrevious()).isTrue();
        assertThat(view.pageNumber()).isEqualTo(2);
    }

    @Test
    void flipsTheOrderOfTheCurrentSortFieldAndSortsAnotherFieldAscendingFromTheFirstPage() {
        CaseListView view = new CaseListView(new CaseList(List.of(), 1, 25, 50), FILTER);

        assertThat(view.sortLink("title")).contains("sort=title&order=desc&page=0");
        assertThat(view.sortLink("reference")).contains("sort=reference&order=asc&page=0");
    }
}
