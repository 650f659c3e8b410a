package org.redress.cases.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.redress.cases.timeline.TimelineEntry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a case's timeline into sentences: "bob moved the case from Open to Formal notice sent",
 * "alice extended the deadline Company response from … to …", "bob added the step Formal notice sent
 * (Wed 2 Dec 2026)". The fields a sentence does not tell are listed beside it, each with its value
 * before and after; an action it does not know gets a plain sentence and every field listed. Plain Java.
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
            Map.entry("note.added", Set.of("excerpt")));

    private final LocalTimes times;
    private final ActivityValues values;

    public ActivityFeed(LocalTimes times) {
        this.times = times;
        this.values = new ActivityValues(times);
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
            case "case.opened" -> who + " opened the case";
            case "case.updated" -> who + " edited the case";
            case "case.status-changed" -> who + " moved the case from " + from(changes, "status") + " to "
                    + to(changes, "status") + (to(changes, "escalation").isEmpty() ? "" : " (" + to(changes, "escalation") + ")");
            case "step.recorded" -> who + " added the step " + to(changes, "type") + " (" + to(changes, "occurredOn") + ")";
            case "deadline.opened" -> who + " opened the deadline " + to(changes, "kind") + ", due " + to(changes, "dueAt");
            case "deadline.extended" -> who + " extended the deadline " + name(subjectName) + " from "
                    + from(changes, "dueAt") + " to " + to(changes, "dueAt");
            case "deadline.met" -> who + " marked the deadline " + name(subjectName) + " as met";
            case "deadline.missed" -> "The deadline " + name(subjectName) + " was missed" + by(who);
            case "deadline.cancelled" -> who + " cancelled the deadline " + name(subjectName);
            case "note.added" -> who + " added a note: " + to(changes, "excerpt");
            case "notification.sent" -> "An email was sent: " + to(changes, "kind");
            case "notification.failed" -> "An email could not be sent: " + to(changes, "kind");
            default -> who + " made a change (" + ActivityValues.name(entry.action().replace('.', ' ').replace('-', ' ')) + ")";
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
                details.add(new Activity.Detail(ActivityValues.name(field.getKey()),
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

    private static String name(String subjectName) {
        return subjectName == null ? "(no longer listed)" : subjectName;
    }

    private static String by(String who) {
        return "system".equals(who) ? "" : " (" + who + ")";
    }
}
