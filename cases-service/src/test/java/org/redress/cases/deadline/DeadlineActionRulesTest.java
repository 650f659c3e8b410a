package org.redress.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeadlineActionRulesTest {

    private static java.util.List<String> labels(DeadlineKind kind) {
        return DeadlineActionRules.offers(kind).stream().map(DeadlineActionRules.Offer::label).toList();
    }

    @Test
    void aHearingIsHeldPostponedToANewDateOrCancelledNeverMetByAResponse() {
        assertThat(labels(DeadlineKind.HEARING)).containsExactly("Held", "Postpone", "Cancel");
        assertThat(labels(DeadlineKind.HEARING)).noneMatch(label -> label.contains("response"));
        assertThat(DeadlineActionRules.extendsByPeriod(DeadlineKind.HEARING)).isFalse();
    }

    @Test
    void aCompanysResponsePeriodIsMetByTheResponseExtendedOrCancelled() {
        assertThat(labels(DeadlineKind.COMPANY_RESPONSE)).containsExactly("Met (response received)", "Extend", "Cancel");
        assertThat(DeadlineActionRules.extendsByPeriod(DeadlineKind.COMPANY_RESPONSE)).isTrue();
    }

    @Test
    void anAppealPeriodSetByLawIsNotExtended() {
        assertThat(DeadlineActionRules.allows(DeadlineKind.APPEAL, DeadlineAction.EXTEND)).isFalse();
        assertThat(DeadlineActionRules.refusal(DeadlineKind.APPEAL, DeadlineAction.EXTEND))
                .hasValueSatisfying(why -> assertThat(why).contains("set by law").contains("cannot be extended"));
        assertThat(labels(DeadlineKind.APPEAL)).containsExactly("Met (appeal filed)", "Cancel");
    }

    @Test
    void theEndOfAnOptInPeriodIsNotMetByAnyone() {
        assertThat(DeadlineActionRules.allows(DeadlineKind.OPT_IN, DeadlineAction.MEET)).isFalse();
        assertThat(DeadlineActionRules.refusal(DeadlineKind.OPT_IN, DeadlineAction.MEET)).isPresent();
        assertThat(labels(DeadlineKind.OPT_IN)).containsExactly("Extend", "Cancel");
    }

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void everyKindCanBeCancelledAndRefusesNothingItOffers(DeadlineKind kind) {
        assertThat(DeadlineActionRules.allows(kind, DeadlineAction.CANCEL)).isTrue();
        DeadlineActionRules.offers(kind).forEach(offer ->
                assertThat(DeadlineActionRules.refusal(kind, offer.action())).isEmpty());
    }
}
