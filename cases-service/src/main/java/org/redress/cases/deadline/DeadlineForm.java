package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A deadline staff add by hand: a period running from {@code runsFrom}, or a manual {@code dueAt}
 * (not both). The jurisdiction defaults to the case's.
 */
public record DeadlineForm(
        @NotNull DeadlineKind kind,
        @NotNull LocalDate runsFrom,
        PeriodForm period,
        OffsetDateTime dueAt,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as AT") String jurisdiction,
        @Size(max = 200) String legalBasis) {
}
