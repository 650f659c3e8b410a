package org.redress.cases.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.redress.cases.timeline.TimelineEntry;
import org.redress.portal.LocalTimes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a case's timeline into sentences: "bob moved the case from Open to Formal notice sent",
 * "alice extended the deadline Company response from … to …", "bob added the step Formal notice sent
 * (Wed 2 Dec 2026)". The fields a sentence does not tell are listed beside it, each with its value
 * before and after; an action it does not know gets a plain sentence and every field listed. The
 * sentences are {@link StaffMessages}' in the staff member's language. Plain Java.
 */
public final class ActivityFeed {

    /** Fields a sentence tells, or that only repeat what the page shows elsewhere. */
    private static final Map<String, Set<String>> TOLD = Map.ofEntries(
            Map.entry("case.status-changed", Set.of("status", "escalation")),
            Map.entry("case.opened", Set.of("status", "reference")),
            Map.entry("step.recorded", Set.of("type", "occurredOn")),
            Map.entry("deadline.opened", Set.of("kind", "dueAt", "zone")),
            Map.entry("deadline.extended", Set.of("dueAt", "state")),
            Map.entry("deadline.met", Set.of("state")),
            Map.entry("deadline.missed", Set.of("state")),
            Map.entry("deadline.cancelled", Set.of("state")),
            Map.entry("notification.sent", Set.of("kind")),
            Map.entry("notification.failed", Set.of("kind")),
            Map.entry("note.added", Set.of("excerpt")),
            Map.entry("step.documents-added", Set.of("type", "occurredOn", "files")),
            Map.entry("step.document-removed", Set.of("type", "occurredOn", "file")));

    private final LocalTimes times;
    private final StaffMessages text;
    private final ActivityValues values;

    /** Sentences in the language of {@code text}, dates and times as {@code times} writes them. */
    public ActivityFeed(LocalTimes times, StaffMessages text) {
        this.times = times;
        this.text = text;
        this.values = new ActivityValues(times, text);
    }

    /** The entries as sentences, in their order; {@code deadlines} names each deadline by its id (its kind's label). */
    public List<Activity> of(List<TimelineEntry> entries, Map<UUID, String> deadlines) {
        return entries.stream().map(entry -> of(entry, deadlines.get(entry.subjectId()))).toList();
    }

    /** One entry; {@code subjectName} names its deadline when the changes do not (null if unknown). */
    public Activity of(TimelineEntry entry, String subjectName) {
        JsonNode changes = entry.changes();
        String who = entry.actor();
        String sentence = switch (entry.action()) {
            case "case.opened" -> text.activity_opened(who);
            case "case.updated" -> text.activity_edited(who);
            case "case.status-changed" -> to(changes, "escalation").isEmpty()
                    ? text.activity_status(who, from(changes, "status"), to(changes, "status"))
                    : text.activity_escalated(who, from(changes, "status"), to(changes, "status"), to(changes, "escalation"));
            case "step.recorded" -> text.activity_step(who, to(changes, "type"), to(changes, "occurredOn"));
            case "deadline.opened" -> text.activity_deadline_opened(who, to(changes, "kind"), to(changes, "dueAt"));
            case "deadline.extended" -> text.activity_deadline_extended(who, name(subjectName), from(changes, "dueAt"),
                    to(changes, "dueAt"));
            case "deadline.met" -> text.activity_deadline_met(who, name(subjectName));
            case "deadline.missed" -> "system".equals(who) ? text.activity_deadline_missed(name(subjectName))
                    : text.activity_deadline_missed_by(name(subjectName), who);
            case "deadline.cancelled" -> text.activity_deadline_cancelled(who, name(subjectName));
            case "note.added" -> text.activity_note(who, to(changes, "excerpt"));
            case "step.documents-added" -> text.activity_documents(who, to(changes, "type"), to(changes, "occurredOn"),
                    to(changes, "files"));
            case "step.document-removed" -> text.activity_document_removed(who, to(changes, "file"), to(changes, "type"),
                    to(changes, "occurredOn"));
            case "notification.sent" -> text.activity_email_sent(mailKind(changes));
            case "notification.failed" -> text.activity_email_failed(mailKind(changes));
            default -> text.activity_other(who, ActivityValues.words(entry.action().replace('.', ' ').replace('-', ' ')));
        };
        return new Activity(entry.at(), times.dateTime(entry.at()), sentence, details(changes, TOLD.getOrDefault(entry.action(), Set.of())));
    }

    private List<Activity.Detail> details(JsonNode changes, Set<String> told) {
        List<Activity.Detail> details = new ArrayList<>();
        if (changes == null) {
            return details;
        }
        changes.fields().forEachRemaining(field -> {
            if (!told.contains(field.getKey())) {
                details.add(new Activity.Detail(values.name(field.getKey()),
                        values.value(field.getKey(), field.getValue().get("from")),
                        values.value(field.getKey(), field.getValue().get("to"))));
            }
        });
        return details;
    }

    private String from(JsonNode changes, String field) {
        return side(changes, field, "from");
    }

    private String to(JsonNode changes, String field) {
        return side(changes, field, "to");
    }

    private String side(JsonNode changes, String field, String side) {
        JsonNode change = changes == null ? null : changes.get(field);
        String text = change == null ? "" : values.value(field, change.get(side));
        return text;
    }

    private String name(String subjectName) {
        return subjectName == null ? text.activity_no_longer_listed() : subjectName;
    }

    /** An email's kind in words: notifications-service's code, "reminder-ended" → "period ended". */
    private String mailKind(JsonNode changes) {
        JsonNode kind = changes == null || changes.get("kind") == null ? null : changes.get("kind").get("to");
        String known = kind == null ? "" : text.mailKind(kind.asText());
        return known.isEmpty() ? to(changes, "kind") : known;
    }
}
