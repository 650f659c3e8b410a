package org.redress.cases.deadline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which actions each kind of deadline allows, and what they are called for it. A hearing is held or
 * postponed to a new date, not "met" by a response; an appeal period is set by law and is not
 * extended; the end of an opt-in period is not "met" by anyone. The case page offers only these, and
 * {@link DeadlineService} refuses the others.
 */
public final class DeadlineActionRules {

    /** An action as offered for a kind: the words on its button. */
    public record Offer(DeadlineAction action, String label) {
    }

    /** The actions of a kind, and whether an extension may be a new period (or only a new date). */
    private record Rule(List<Offer> offers, boolean extendsByPeriod) {
    }

    private static final Offer CANCEL = new Offer(DeadlineAction.CANCEL, "Cancel");
    private static final Offer EXTEND = new Offer(DeadlineAction.EXTEND, "Extend");
    private static final Map<DeadlineKind, Rule> RULES = new EnumMap<>(DeadlineKind.class);

    static {
        rule(DeadlineKind.COMPANY_RESPONSE, true, met("Met (response received)"), EXTEND, CANCEL);
        rule(DeadlineKind.FILING, true, met("Met (filed)"), EXTEND, CANCEL);
        rule(DeadlineKind.AUTHORITY_REPLY, true, met("Met (reply received)"), EXTEND, CANCEL);
        rule(DeadlineKind.APPEAL, false, met("Met (appeal filed)"), CANCEL);
        rule(DeadlineKind.HEARING, false, met("Held"), new Offer(DeadlineAction.EXTEND, "Postpone"), CANCEL);
        rule(DeadlineKind.ACCESS_REQUEST_REPLY, true, met("Met (reply received)"), EXTEND, CANCEL);
        rule(DeadlineKind.OPT_IN, true, EXTEND, CANCEL);
        rule(DeadlineKind.OTHER, true, met("Met"), EXTEND, CANCEL);
    }

    private DeadlineActionRules() {
    }

    /** The actions a running deadline of this kind offers, in the order shown. */
    public static List<Offer> offers(DeadlineKind kind) {
        return RULES.get(kind).offers();
    }

    public static boolean allows(DeadlineKind kind, DeadlineAction action) {
        return offers(kind).stream().anyMatch(offer -> offer.action() == action);
    }

    /** Whether an extension may be a new period from the same event; if not, only a new due date. */
    public static boolean extendsByPeriod(DeadlineKind kind) {
        return RULES.get(kind).extendsByPeriod();
    }

    /** Why this action does not fit this kind, or empty when it does. */
    public static Optional<String> refusal(DeadlineKind kind, DeadlineAction action) {
        if (allows(kind, action)) {
            return Optional.empty();
        }
        String what = describe(kind);
        return Optional.of(switch (kind) {
            case APPEAL -> "An appeal period is set by law: it cannot be extended, only met (appeal filed) or cancelled.";
            case OPT_IN -> "The end of an opt-in period is not met by anyone: it can be extended or cancelled.";
            default -> "A " + what + " cannot be " + action.done() + "; it can be: " + String.join(", ",
                    offers(kind).stream().map(Offer::label).toList()) + ".";
        });
    }

    public static String describe(DeadlineKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Offer met(String label) {
        return new Offer(DeadlineAction.MEET, label);
    }

    private static void rule(DeadlineKind kind, boolean extendsByPeriod, Offer... offers) {
        RULES.put(kind, new Rule(List.of(offers), extendsByPeriod));
    }
}
