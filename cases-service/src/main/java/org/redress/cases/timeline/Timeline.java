package org.redress.cases.timeline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

/** Records every change to a case, in the transaction of the change, and reads a case's timeline. */
@ApplicationScoped
public class Timeline {

    public static final String SYSTEM = "system";

    private final ObjectMapper mapper;

    public Timeline(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, String actor, String subject, UUID subjectId, String action, Changes changes) {
        AuditEntry entry = new AuditEntry();
        entry.caseId = caseId;
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor;
        entry.subject = subject;
        entry.subjectId = subjectId;
        entry.action = action;
        try {
            entry.changes = mapper.writeValueAsString(changes.ordered());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the changes of " + action, e);
        }
        entry.persist();
    }

    /** The case's changes, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntry> of(UUID caseId) {
        return AuditEntry.<AuditEntry>list("caseId", Sort.ascending("id"), caseId).stream()
                .map(this::view)
                .toList();
    }

    private TimelineEntry view(AuditEntry entry) {
        try {
            return new TimelineEntry(entry.at, entry.actor, entry.subject, entry.subjectId, entry.action,
                    mapper.readTree(entry.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable changes in audit entry " + entry.id, e);
        }
    }
}
