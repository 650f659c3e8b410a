package org.redress.cases.deadline;

/**
 * A period as the law states it: an amount of a {@link PeriodUnit}, for example one week or three
 * months (Regulation (EEC, Euratom) No 1182/71, Art. 3).
 *
 * @param amount at least 1 and at most {@link PeriodUnit#maxAmount()}
 * @param unit   calendar days, working days, weeks, months or years
 */
public record Period(int amount, PeriodUnit unit) {

    public Period {
        if (unit == null) {
            throw new IllegalArgumentException("period.unit must be given");
        }
        if (amount < 1 || amount > unit.maxAmount()) {
            throw new IllegalArgumentException("period.amount must be between 1 and " + unit.maxAmount()
                    + " " + unit.label() + ", was " + amount);
        }
    }

    public static Period calendarDays(int amount) {
        return new Period(amount, PeriodUnit.CALENDAR_DAYS);
    }

    public static Period workingDays(int amount) {
        return new Period(amount, PeriodUnit.WORKING_DAYS);
    }

    public static Period weeks(int amount) {
        return new Period(amount, PeriodUnit.WEEKS);
    }

    public static Period months(int amount) {
        return new Period(amount, PeriodUnit.MONTHS);
    }

    public static Period years(int amount) {
        return new Period(amount, PeriodUnit.YEARS);
    }

    /**
     * Whether this is "a period of two days or more" in the sense of Art. 3(5): every period in
     * weeks, months or years, and a period of at least two (calendar or working) days.
     */
    public boolean isTwoDaysOrMore() {
        return amount >= 2 || (unit != PeriodUnit.CALENDAR_DAYS && unit != PeriodUnit.WORKING_DAYS);
    }

    /** "1 week", "10 working days". */
    @Override
    public String toString() {
        return unit.describe(amount);
    }
}
