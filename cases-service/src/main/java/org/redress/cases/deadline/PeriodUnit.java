package org.redress.cases.deadline;

/**
 * The units a period can be expressed in, after Article 3 of Regulation (EEC, Euratom) No 1182/71.
 *
 * <p>Calendar days, weeks, months and years include Saturdays, Sundays and public holidays
 * (Art. 3(3)); working days skip them. Each unit carries the largest amount Redress accepts,
 * about ten years, so that a typing error such as 10,000 days is refused instead of computed.
 */
public enum PeriodUnit {

    /** Days, Saturdays, Sundays and public holidays included: Art. 3(2)(b), 3(3). */
    CALENDAR_DAYS("day", "days", 3650),
    /** Working days: every day except Saturdays, Sundays and public holidays: Art. 2(2), 3(3). */
    WORKING_DAYS("working day", "working days", 3650),
    /** Weeks, ending on the same weekday as the event: Art. 3(2)(c). */
    WEEKS("week", "weeks", 522),
    /** Months, ending on the same date as the event, or the month's last day: Art. 3(2)(c). */
    MONTHS("month", "months", 120),
    /** Years, ending on the same date as the event, or the month's last day: Art. 3(2)(c). */
    YEARS("year", "years", 10);

    private final String singular;
    private final String plural;
    private final int maxAmount;

    PeriodUnit(String singular, String plural, int maxAmount) {
        this.singular = singular;
        this.plural = plural;
        this.maxAmount = maxAmount;
    }

    /** The largest amount of this unit Redress accepts in a period. */
    public int maxAmount() {
        return maxAmount;
    }

    /** "1 week", "10 working days". */
    public String describe(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }

    /**
     * Plural name for the API's messages: "calendar days" is clearer than "days" when refusing an
     * amount (the staff pages say the unit in the staff member's language).
     */
    public String label() {
        return this == CALENDAR_DAYS ? "calendar days" : plural;
    }
}
