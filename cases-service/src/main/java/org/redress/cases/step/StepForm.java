package org.redress.cases.step;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.redress.cases.casefile.StepType;

/**
 * A step as staff record it. The type-specific fields belong to one type each
 * ({@link StepRules}): the authority's reference to a complaint filed with an authority; court,
 * case number and hearing to an injunction; court and opt-in deadline to a collective action.
 */
public record StepForm(
        @NotNull StepType type,
        @NotNull LocalDate occurredOn,
        @Size(max = 5000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> documents,
        @Size(max = 200) String authorityReference,
        @Size(max = 300) String court,
        @Size(max = 200) String courtCaseNumber,
        OffsetDateTime hearingAt,
        LocalDate optInDeadline) {

    public List<String> documentsOrEmpty() {
        return documents == null ? List.of() : documents.stream().map(String::strip).toList();
    }
}
