package org.redress.cases.casefile;

import jakarta.validation.constraints.NotNull;

/** A move of a case to another status; {@code escalation} only with {@link CaseStatus#ESCALATED}. */
public record StatusChange(@NotNull CaseStatus status, Escalation escalation, Long version) {
}
