package org.redress.cases.deadline;

/** A period as a request states it: an amount of a unit, checked by {@link Period}'s rules. */
public record PeriodForm(Integer amount, PeriodUnit unit) {
}
