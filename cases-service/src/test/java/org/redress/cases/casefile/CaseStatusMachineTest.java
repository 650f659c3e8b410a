package org.redress.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.cases.casefile.CaseStatus.AWAITING_RESPONSE;
import static org.redress.cases.casefile.CaseStatus.CLOSED;
import static org.redress.cases.casefile.CaseStatus.ESCALATED;
import static org.redress.cases.casefile.CaseStatus.FORMAL_NOTICE_SENT;
import static org.redress.cases.casefile.CaseStatus.LOST;
import static org.redress.cases.casefile.CaseStatus.OPEN;
import static org.redress.cases.casefile.CaseStatus.SETTLED;
import static org.redress.cases.casefile.CaseStatus.WON;
import static org.redress.cases.casefile.Escalation.COLLECTIVE_ACTION;
import static org.redress.cases.casefile.Escalation.DPA_COMPLAINT;
import static org.redress.cases.casefile.Escalation.INJUNCTION;

import org.junit.jupiter.api.Test;

class CaseStatusMachineTest {

    @Test
    void followsTheUsualCourseFromFormalNoticeToAWonInjunction() {
        Escalation escalation = CaseStatusMachine.move(OPEN, null, FORMAL_NOTICE_SENT, null);
        escalation = CaseStatusMachine.move(FORMAL_NOTICE_SENT, escalation, AWAITING_RESPONSE, null);
        escalation = CaseStatusMachine.move(AWAITING_RESPONSE, escalation, ESCALATED, INJUNCTION);
        assertThat(escalation).isEqualTo(INJUNCTION);
        assertThat(CaseStatusMachine.move(ESCALATED, escalation, WON, null)).as("kept as history").isEqualTo(INJUNCTION);
        assertThat(CaseStatusMachine.next(WON)).containsExactly(CLOSED);
    }

    @Test
    void letsAnEscalatedCaseBeEscalatedAnotherWay() {
        assertThat(CaseStatusMachine.move(ESCALATED, DPA_COMPLAINT, ESCALATED, COLLECTIVE_ACTION)).isEqualTo(COLLECTIVE_ACTION);
    }

    @Test
    void refusesToEscalateTheSameWayTwice() {
        assertThatThrownBy(() -> CaseStatusMachine.move(ESCALATED, INJUNCTION, ESCALATED, INJUNCTION))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already escalated");
    }

    @Test
    void letsACaseSettleOrCloseAtAnyTimeBeforeItIsClosed() {
        for (CaseStatus from : new CaseStatus[] {OPEN, FORMAL_NOTICE_SENT, AWAITING_RESPONSE, ESCALATED}) {
            assertThat(CaseStatusMachine.next(from)).contains(SETTLED, CLOSED);
        }
    }

    @Test
    void decidesAWinOrALossOnlyForAnEscalatedCase() {
        for (CaseStatus from : new CaseStatus[] {OPEN, FORMAL_NOTICE_SENT, AWAITING_RESPONSE, SETTLED}) {
            assertThat(CaseStatusMachine.next(from)).doesNotContain(WON, LOST);
        }
        assertThatThrownBy(() -> CaseStatusMachine.move(OPEN, null, WON, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot go from OPEN to WON");
    }

    @Test
    void neverMovesAClosedCase() {
        assertThat(CaseStatusMachine.next(CLOSED)).isEmpty();
        assertThatThrownBy(() -> CaseStatusMachine.move(CLOSED, null, OPEN, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void requiresTheEscalationWhenEscalatingAndOnlyThen() {
        assertThatThrownBy(() -> CaseStatusMachine.move(OPEN, null, ESCALATED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseStatusMachine.move(OPEN, null, SETTLED, INJUNCTION))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
