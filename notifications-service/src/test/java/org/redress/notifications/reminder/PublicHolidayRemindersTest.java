package org.redress.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The jurisdiction a deadline event names is stored, and its public holidays are not working days. */
@QuarkusTest
class PublicHolidayRemindersTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Wednesday 31 March 2027, two days after Easter Monday
    static final Instant DUE = LocalDateTime.parse("2027-03-31T23:59:59.999").atZone(BERLIN).toInstant();

    @Inject
    ReminderSchedule schedule;

    @Inject
    ObjectMapper json;

    @Test
    void aGermanDeadlineIsRemindedTwoWorkingDaysBeforeNotCountingEasterMondayAndGoodFriday() {
        UUID id = schedule("DE");

        assertThat(QuarkusTransaction.requiringNew().call(() -> TrackedDeadline.<TrackedDeadline>findById(id).jurisdiction))
                .isEqualTo("DE");
        assertThat(beforeReminders(id)).containsExactly(morning("2027-03-25"));
    }

    @Test
    void aDeadlineWhoseEventNamesNoJurisdictionSkipsWeekendsOnly() throws Exception {
        DeadlineChanged old = json.readValue("{\"deadlineId\":\"" + UUID.randomUUID() + "\",\"caseReference\":\"RC-OLD\","
                + "\"kind\":\"COMPANY_RESPONSE\",\"dueAt\":\"" + DUE + "\",\"zone\":\"Europe/Berlin\",\"version\":3}",
                DeadlineChanged.class);
        assertThat(old.jurisdiction()).isNull();

        assertThat(beforeReminders(schedule(null))).containsExactly(morning("2027-03-29"));
    }

    UUID schedule(String jurisdiction) {
        UUID id = UUID.randomUUID();
        DeadlineChanged event = new DeadlineChanged(id, UUID.randomUUID(), "RC-EASTER-" + id.toString().substring(0, 8),
                "Easter", "Meta Platforms Ireland Ltd.", "COMPANY_RESPONSE", "OPEN", DUE, "Europe/Berlin", null,
                "owner-" + id + "@staff.redress.example", null, new DeadlineChanged.Step("FORMAL_NOTICE",
                        LocalDate.parse("2027-03-24")), 0, jurisdiction);
        QuarkusTransaction.requiringNew().run(() -> schedule.apply(DeadlineChanged.SCHEDULED, event,
                LocalDateTime.parse("2027-03-24T12:00").atZone(BERLIN).toInstant()));
        return id;
    }

    List<Instant> beforeReminders(UUID deadlineId) {
        return QuarkusTransaction.requiringNew().call(() -> schedule.of(deadlineId)).stream()
                .filter(r -> r.type == ReminderPlan.Type.BEFORE).map(r -> r.dueAt.toInstant()).toList();
    }

    static Instant morning(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(BERLIN).toInstant();
    }
}
