package org.redress.cases.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The documents of a case's steps, by step, each step's oldest first. */
public record StepDocuments(Map<UUID, List<StepDocumentView>> byStep) {

    /** The documents of one step; none when it has none. */
    public List<StepDocumentView> of(UUID stepId) {
        return byStep.getOrDefault(stepId, List.of());
    }
}
