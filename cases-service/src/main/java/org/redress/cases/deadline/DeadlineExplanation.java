package org.redress.cases.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Why a deadline falls when it does, so that a lawyer can check it against Regulation (EEC,
 * Euratom) No 1182/71: the event, the period, the jurisdiction and zone, every rule applied, every
 * Saturday, Sunday and public holiday that moved the end, and a one-line summary such as
 * {@code 14 May 2025 + 1 week → Wed 21 May 2025 24:00 Europe/Vienna; Art. 3(2)(c)}.
 *
 * @param eventDate   the day of the event (or, counted backwards, the date counted back from)
 * @param period      the period as stated
 * @param counting    forwards or backwards
 * @param countryCode the jurisdiction whose public holidays applied
 * @param zone        the zone whose end of the day applied
 * @param rules       the rules that decided the end, e.g. ["Art. 3(2)(c)", "Art. 3(4)"]
 * @param steps       every step, in the order it was taken
 * @param summary     the one-line form shown on the case page
 */
public record DeadlineExplanation(LocalDate eventDate, Period period, Counting counting, String countryCode,
        ZoneId zone, List<String> rules, List<ExplanationStep> steps, String summary) {

    public DeadlineExplanation {
        rules = List.copyOf(rules);
        steps = List.copyOf(steps);
    }
}
