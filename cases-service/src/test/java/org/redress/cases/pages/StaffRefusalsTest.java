package org.redress.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.CaseStatusMachine;
import org.redress.cases.casefile.ComplaintReferences;
import org.redress.cases.deadline.DeadlineActionRules;
import org.redress.cases.deadline.DeadlineAction;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;

/** The rules' English refusals, recognised and said again in the staff member's language. */
@QuarkusTest
class StaffRefusalsTest {

    @Inject
    @Localized("de")
    StaffMessages german;

    @Inject
    @Localized("fr")
    StaffMessages french;

    @Test
    void aStatusMoveNotAllowedNamesTheStatusesInWords() {
        String english = "Status change not allowed. " + refusal(() -> CaseStatusMachine.move(CaseStatus.OPEN, null, CaseStatus.WON, null));

        assertThat(StaffRefusals.say(english, german)).isEqualTo("Statusänderung nicht möglich. Ein Fall kann nicht von Offen"
                + " zu Gewonnen wechseln; von Offen aus kann er wechseln zu: " + String.join(", ", new TreeSet<>(CaseStatusMachine.next(CaseStatus.OPEN))
                        .stream().map(german::caseStatus).toList()) + ".");
    }

    @Test
    void aRefusalOfTheDeadlineRulesIsSaidAgain() {
        assertThat(StaffRefusals.say(DeadlineActionRules.refusal(DeadlineKind.OPT_IN, DeadlineAction.MEET).orElseThrow(), french))
                .isEqualTo("La fin d'un délai d'adhésion n'est respectée par personne : elle peut être prolongée ou annulée.");
        assertThat(StaffRefusals.say("A hearing cannot be met; it can be: Held, Postpone, Cancel.", german))
                .isEqualTo("Diese Aktion passt nicht zu einer Frist dieser Art; möglich ist: Verhandlung fand statt, Vertagen, Aufheben.");
    }

    @Test
    void aSettledDeadlineNamesItsStateMidSentenceInLowerCase() {
        String english = "Deadline 42. The deadline is MET: only an open or extended deadline can be changed.";

        assertThat(StaffRefusals.say(english, german))
                .isEqualTo("Die Frist ist eingehalten: Nur eine offene oder verlängerte Frist kann geändert werden.");
        assertThat(StaffRefusals.say(english, french)).startsWith("Le délai est " + french.deadlineState(DeadlineState.MET)
                .toLowerCase(Locale.ROOT) + " :");
    }

    @Test
    void periodsAndReferencesAreSaidInTheLanguage() {
        assertThat(StaffRefusals.say("must be between 1 and 120 months, was 500", german))
                .isEqualTo("muss zwischen 1 und 120 Monate liegen, war 500");
        assertThat(StaffRefusals.say("may be extended by at most 1 month (Art. 12(3) GDPR): until 2027-06-21T23:59:59.999+02:00[Europe/Vienna]",
                german)).isEqualTo("darf höchstens um 1 Monat (Art. 12(3) GDPR) verlängert werden: bis 2027-06-21T23:59:59.999+02:00[Europe/Vienna]");
        List<String> typed = List.of("a", "b", "c", "d", "e", "f", "g");
        assertThat(StaffRefusals.say(ComplaintReferences.refusal(typed), french))
                .isEqualTo("ne sont pas des références de réclamation (comme RC-2026-000123) : a, b, c, d, e et 2 de plus");
    }

    @Test
    void aRefusalNotKnownStaysAsTheApiWordsIt() {
        assertThat(StaffRefusals.say("something new went wrong", german)).isEqualTo("something new went wrong");
    }

    private static String refusal(Runnable move) {
        try {
            move.run();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        throw new AssertionError("the move was allowed");
    }
}
