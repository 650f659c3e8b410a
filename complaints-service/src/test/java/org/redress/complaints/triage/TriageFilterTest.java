package org.redress.complaints.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

class TriageFilterTest {

    @Test
    void showsVerifiedComplaintsAndLaterStatesButNotUnverifiedOrErasedOnesByDefault() {
        TriageFilter filter = TriageFilter.parse(null, null, null, null, null, null, null, null, null, null);

        assertThat(filter.statuses()).contains(Complaint.Status.VERIFIED, Complaint.Status.UNDER_REVIEW,
                Complaint.Status.LINKED, Complaint.Status.CLOSED)
                .doesNotContain(Complaint.Status.RECEIVED, Complaint.Status.ERASED);
        assertThat(filter.page()).isZero();
        assertThat(filter.size()).isEqualTo(50);
    }

    @Test
    void readsStatusesRepeatedOrSeparatedByCommas() {
        TriageFilter filter = TriageFilter.parse(List.of("received,spam", "ERASED"), null, null, null, null, null, null,
                null, null, null);

        assertThat(filter.statuses()).containsExactlyInAnyOrder(Complaint.Status.RECEIVED, Complaint.Status.SPAM,
                Complaint.Status.ERASED);
    }

    @Test
    void takesACompanyThatIsAnIdAsTheOrganisationAndOtherTextAsPartOfTheName() {
        UUID id = UUID.randomUUID();
        assertThat(TriageFilter.parse(null, id.toString(), null, null, null, null, null, null, null, null).organisationId())
                .isEqualTo(id);
        TriageFilter byText = TriageFilter.parse(null, " tiktok ", "tracking", "at", null, "2026-01-01", "2026-01-31",
                null, "2", "200");
        assertThat(byText.companyText()).isEqualTo("tiktok");
        assertThat(byText.category()).isEqualTo(Category.TRACKING);
        assertThat(byText.country()).isEqualTo("AT");
        assertThat(byText.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(byText.size()).isEqualTo(200);
    }

    @Test
    void namesEveryBadParameter() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TriageFilter.parse(
                List.of("OPEN"), null, "cooking", "Austria", null, "yesterday", "2026-13-01", null, "-1", "201"));

        assertThat(e.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("status", "category", "country", "from", "to", "page", "size");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TriageFilter.parse(
                null, null, null, null, null, "2026-02-01", "2026-01-31", null, null, null));

        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("to");
    }

    @Test
    void escapesLikeWildcardsInCompanyText() {
        assertThat(TriageQuery.likeEscaped("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }
}
