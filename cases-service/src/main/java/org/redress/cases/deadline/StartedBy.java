package org.redress.cases.deadline;

import java.time.LocalDate;
import java.util.UUID;

import org.redress.cases.casefile.StepType;


/** The step that opened a deadline: its id, type and date. */
public record StartedBy(UUID stepId, StepType type, LocalDate date) {
}
