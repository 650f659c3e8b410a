package org.redress.cases.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** One line of a case's timeline: who changed what, when. */
public record TimelineEntry(OffsetDateTime at, String actor, String subject, UUID subjectId, String action,
        JsonNode changes) {
}
