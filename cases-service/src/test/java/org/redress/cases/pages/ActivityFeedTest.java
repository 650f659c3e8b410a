package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.cases.timeline.TimelineEntry;
import org.redress.portal.LocalTimes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The case timeline read as sentences, with what a sentence leaves out listed as before → after (in
 * English, the bundle's default: its words are {@link StaffMessages}').
 */
@QuarkusTest
class ActivityFeedTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T09:15:00Z");

    @Inject
    StaffMessages english;

    ActivityFeed feed;

    @BeforeEach
    void inEnglish() {
        feed = new ActivityFeed(new LocalTimes(ZoneId.of("Europe/Vienna")), english);
    }

    @Test
    void tellsAStatusChangeInWords() {
        Activity activity = feed.of(entry("bob", "case.status-changed",
                "{\"status\":{\"from\":\"OPEN\",\"to\":\"FORMAL_NOTICE_SENT\"}}"), null);

        assertThat(activity.sentence()).isEqualTo("bob moved the case from Open to Formal notice sent");
        assertThat(activity.when()).isEqualTo("Wed 2 Dec 2026, 10:15 CET");
        assertThat(activity.details()).isEmpty();
    }

    @Test
    void tellsANoteWithItsBeginning() {
        Activity activity = feed.of(entry("bob", "note.added",
                "{\"excerpt\":{\"from\":null,\"to\":\"Asked the DPA for an update\"}}"), null);

        assertThat(activity.sentence()).isEqualTo("bob added a note: Asked the DPA for an update");
        assertThat(activity.details()).isEmpty();
    }

    @Test
    void namesTheEscalationOfAnEscalatedCase() {
        Activity activity = feed.of(entry("bob", "case.status-changed",
                "{\"status\":{\"from\":\"AWAITING_RESPONSE\",\"to\":\"ESCALATED\"},\"escalation\":{\"from\":null,\"to\":\"DPA_COMPLAINT\"}}"), null);

        assertThat(activity.sentence())
                .isEqualTo("bob moved the case from Awaiting response to Escalated (Complaint to a data protection authority)");
    }

    @Test
    void tellsAnExtensionWithTheDeadlineNamedAndBothDueTimes() {
        Activity activity = feed.of(entry("alice", "deadline.extended", """
                {"state":{"from":"OPEN","to":"EXTENDED"},
                 "dueAt":{"from":"2026-12-09T22:59:59.999Z","to":"2026-12-16T22:59:59.999Z"},
                 "period":{"from":"1 week","to":"2 weeks"}}"""), "Company response");

        assertThat(activity.sentence()).isEqualTo(
                "alice extended the deadline Company response from Wed 9 Dec 2026, 24:00 CET to Wed 16 Dec 2026, 24:00 CET");
        assertThat(activity.details()).containsExactly(new Activity.Detail("Period", "1 week", "2 weeks"));
    }

    @Test
    void tellsAStepWithItsDateAndListsWhatWasRecordedWithIt() {
        Activity activity = feed.of(entry("bob", "step.recorded", """
                {"type":{"from":null,"to":"FORMAL_NOTICE_SENT"},"occurredOn":{"from":null,"to":"2026-12-02"},
                 "documents":{"from":null,"to":["DMS-1","DMS-2"]},"hearingAt":{"from":null,"to":"2026-12-12T09:30:00Z"}}"""), null);

        assertThat(activity.sentence()).isEqualTo("bob added the step Formal notice sent (Wed 2 Dec 2026)");
        assertThat(activity.details()).containsExactly(new Activity.Detail("Documents", "", "DMS-1, DMS-2"),
                new Activity.Detail("Hearing", "", "Sat 12 Dec 2026, 10:30 CET"));
        assertThat(activity.details().get(0).set()).isTrue();
    }

    @Test
    void tellsTheOpeningOfACaseAndOfADeadline() {
        assertThat(feed.of(entry("alice", "case.opened", "{\"title\":{\"from\":null,\"to\":\"Meta\"},\"status\":{\"from\":null,\"to\":\"OPEN\"}}"), null))
                .satisfies(opened -> {
                    assertThat(opened.sentence()).isEqualTo("alice opened the case");
                    assertThat(opened.details()).containsExactly(new Activity.Detail("Title", "", "Meta"));
                });
        assertThat(feed.of(entry("bob", "deadline.opened", """
                {"kind":{"from":null,"to":"COMPANY_RESPONSE"},"runsFrom":{"from":null,"to":"2026-12-02"},
                 "dueAt":{"from":null,"to":"2026-12-09T22:59:59.999Z"},"zone":{"from":null,"to":"Europe/Vienna"}}"""), null).sentence())
                .isEqualTo("bob opened the deadline Company response, due Wed 9 Dec 2026, 24:00 CET");
    }

    @Test
    void tellsAMissedDeadlineAsTheClocksDoing() {
        assertThat(feed.of(entry("system", "deadline.missed", "{\"state\":{\"from\":\"OPEN\",\"to\":\"MISSED\"}}"), "Filing").sentence())
                .isEqualTo("The deadline Filing was missed");
        assertThat(feed.of(entry("bob", "deadline.met", "{\"state\":{\"from\":\"OPEN\",\"to\":\"MET\"}}"), "Filing").sentence())
                .isEqualTo("bob marked the deadline Filing as met");
    }

    @Test
    void listsTheFieldsOfAnEditBeforeAndAfter() {
        Activity activity = feed.of(entry("alice", "case.updated",
                "{\"publicSummary\":{\"from\":\"old\",\"to\":\"new\"},\"tags\":{\"from\":[\"a\"],\"to\":[]}}"), null);

        assertThat(activity.sentence()).isEqualTo("alice edited the case");
        assertThat(activity.details()).containsExactly(new Activity.Detail("Public summary", "old", "new"),
                new Activity.Detail("Tags", "a", ""));
        assertThat(activity.details().get(1).cleared()).isTrue();
    }

    @Test
    void fallsBackToAPlainSentenceAndReadableFieldsForAnActionItDoesNotKnow() {
        Activity activity = feed.of(entry("carol", "complaint.relinked",
                "{\"someField\":{\"from\":\"x\",\"to\":{\"nested\":\"y\"}},\"status\":{\"from\":\"OPEN\",\"to\":\"WON\"}}"), null);

        assertThat(activity.sentence()).isEqualTo("carol made a change (Complaint relinked)");
        assertThat(activity.details()).containsExactly(new Activity.Detail("Some field", "x", "Nested y"),
                new Activity.Detail("Status", "Open", "Won"));
        assertThat(activity.toString()).doesNotContain("{").doesNotContain("\"");
    }

    @Test
    void tellsAnEmailByItsKindInWords() {
        Activity activity = feed.of(entry("notifications-service", "notification.failed",
                "{\"kind\":{\"from\":null,\"to\":\"reminder-period-ended\"},\"error\":{\"from\":null,\"to\":\"550 mailbox unavailable\"}}"), null);

        assertThat(activity.sentence()).isEqualTo("An email could not be sent: reminder period ended");
        assertThat(activity.details()).containsExactly(new Activity.Detail("Error", "", "550 mailbox unavailable"));
    }

    private static TimelineEntry entry(String actor, String action, String changes) {
        try {
            return new TimelineEntry(AT, actor, "CASE", UUID.randomUUID(), action, new ObjectMapper().readTree(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
