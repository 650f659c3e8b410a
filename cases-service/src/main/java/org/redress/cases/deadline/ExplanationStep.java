package org.redress.cases.deadline;

import java.time.LocalDate;

/**
 * One step in working out a deadline: the rule of Regulation (EEC, Euratom) No 1182/71 applied,
 * the day it concerns and what it did, in words.
 *
 * @param article the rule, e.g. "Art. 3(4)"
 * @param date    the day the step concerns (the day not counted, the holiday skipped, the last day)
 * @param text    what happened, in English, e.g. "Mon 21 Apr 2025 is a public holiday (Easter Monday)"
 */
public record ExplanationStep(String article, LocalDate date, String text) {
}
