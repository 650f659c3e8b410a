package org.redress.cases.deadline;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.cases.deadline.Period.calendarDays;
import static org.redress.cases.deadline.Period.months;
import static org.redress.cases.deadline.Period.weeks;
import static org.redress.cases.deadline.Period.workingDays;
import static org.redress.cases.deadline.Period.years;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.platform.holidays.PublicHolidays;

/** Regulation (EEC, Euratom) No 1182/71, Article 3, rule by rule, with the real public holidays. */
class DeadlineCalculatorTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(new PublicHolidays());

    private static LocalDate date(int year, Month month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static ComputedDeadline compute(LocalDate event, Period period, String country) {
        return CALCULATOR.calculate(DeadlineRequest.from(event, period, country));
    }

    private static LocalDate lastDay(LocalDate event, Period period, String country) {
        return compute(event, period, country).lastDay();
    }

    @Nested
    @DisplayName("The example of issue 4")
    class IssueExample {

        @Test
        void aFormalNoticeSentOn14May2025WithOneWeekInAustriaIsDueAtTheEndOfWednesday21MayInVienna() {
            ComputedDeadline deadline = compute(date(2025, MAY, 14), weeks(1), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 21));
            assertThat(deadline.dueLocal()).isEqualTo(LocalDateTime.of(2025, 5, 21, 23, 59, 59, 999_000_000));
            assertThat(deadline.zone()).isEqualTo(VIENNA);
            assertThat(deadline.dueInstant()).isEqualTo(Instant.parse("2025-05-21T21:59:59.999Z"));
            assertThat(deadline.explanation().summary())
                    .isEqualTo("14 May 2025 + 1 week → Wed 21 May 2025 24:00 Europe/Vienna; Art. 3(2)(c)");
        }
    }

    @Nested
    @DisplayName("Art. 3(1): the day of the event is not counted")
    class Article3Paragraph1 {

        @Test
        void aOneDayPeriodFromAMondayEndsAtTheEndOfTuesday() {
            assertThat(lastDay(date(2025, MAY, 12), calendarDays(1), "AT")).isEqualTo(date(2025, MAY, 13));
        }

        @Test
        void thePeriodStartsAtTheBeginningOfTheDayAfterTheEvent() {
            ExplanationStep first = compute(date(2025, MAY, 14), weeks(1), "AT").explanation().steps().get(0);

            assertThat(first.article()).isEqualTo("Art. 3(1)");
            assertThat(first.date()).isEqualTo(date(2025, MAY, 14));
            assertThat(first.text()).isEqualTo("the day of the event, Wed 14 May 2025, is not counted: "
                    + "the period starts at the beginning of Thu 15 May 2025");
        }
    }

    @Nested
    @DisplayName("Art. 3(2)(b): a period in days ends at the end of its last day")
    class Article3Paragraph2b {

        @Test
        void tenDaysFromMonday5MayEndAtTheEndOfThursday15May() {
            ComputedDeadline deadline = compute(date(2025, MAY, 5), calendarDays(10), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 15));
            assertThat(deadline.dueLocal()).isEqualTo(LocalDateTime.of(2025, 5, 15, 23, 59, 59, 999_000_000));
            assertThat(deadline.explanation().rules()).containsExactly("Art. 3(2)(b)");
        }
    }

    @Nested
    @DisplayName("Art. 3(2)(c): weeks, months and years end on the same weekday or date")
    class Article3Paragraph2c {

        @Test
        void aWeekFromAWednesdayEndsAtTheEndOfTheNextWednesday() {
            assertThat(lastDay(date(2025, MAY, 14), weeks(1), "AT")).isEqualTo(date(2025, MAY, 21));
        }

        @Test
        void twoWeeksFromAWednesdayEndOnTheWednesdayTwoWeeksLater() {
            assertThat(lastDay(date(2025, MAY, 14), weeks(2), "AT")).isEqualTo(date(2025, MAY, 28));
        }

        @Test
        void aMonthEndsOnTheSameDateOfTheNextMonth() {
            assertThat(lastDay(date(2025, MARCH, 10), months(1), "AT")).isEqualTo(date(2025, APRIL, 10));
        }

        @Test
        void aMonthFrom31JanuaryEndsOnTheLastDayOfFebruary() {
            ComputedDeadline deadline = compute(date(2025, JANUARY, 31), months(1), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, FEBRUARY, 28));
            assertThat(deadline.explanation().steps()).anySatisfy(step -> assertThat(step.text())
                    .isEqualTo("1 month from Fri 31 Jan 2025: there is no 31 February 2025, "
                            + "so the last day of that month is taken: Fri 28 Feb 2025"));
        }

        @Test
        void inALeapYearAMonthFrom31JanuaryEndsOn29February() {
            assertThat(lastDay(date(2024, JANUARY, 31), months(1), "AT")).isEqualTo(date(2024, FEBRUARY, 29));
        }

        @Test
        void aMonthFrom28FebruaryEndsOn28MarchNotOnTheLastDayOfMarch() {
            assertThat(lastDay(date(2025, FEBRUARY, 28), months(1), "AT")).isEqualTo(date(2025, MARCH, 28));
        }

        @Test
        void aYearFrom29FebruaryEndsOn28FebruaryOfTheNextYear() {
            assertThat(lastDay(date(2024, FEBRUARY, 29), years(1), "AT")).isEqualTo(date(2025, FEBRUARY, 28));
        }

        @Test
        void aYearFrom29FebruaryEndsOn29FebruaryFourYearsLater() {
            assertThat(lastDay(date(2024, FEBRUARY, 29), years(4), "AT")).isEqualTo(date(2028, FEBRUARY, 29));
        }
    }

    @Nested
    @DisplayName("Art. 3(3): holidays and weekends count, unless the period is in working days")
    class Article3Paragraph3 {

        @Test
        void aPeriodInDaysCountsTheEasterWeekendAndEasterMonday() {
            ComputedDeadline deadline = compute(date(2025, APRIL, 16), calendarDays(6), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, APRIL, 22));
            assertThat(deadline.explanation().rules()).containsExactly("Art. 3(2)(b)");
        }

        @Test
        void tenWorkingDaysSkipSaturdaysSundaysAndEasterMondayInAustria() {
            ComputedDeadline deadline = compute(date(2025, APRIL, 14), workingDays(10), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, APRIL, 29));
            assertThat(deadline.explanation().summary()).isEqualTo("14 Apr 2025 + 10 working days → "
                    + "Tue 29 Apr 2025 24:00 Europe/Vienna; Art. 3(3) (Mon 21 Apr 2025 Easter Monday)");
            assertThat(deadline.explanation().steps()).anySatisfy(step -> assertThat(step.text())
                    .isEqualTo("10 working days from Mon 14 Apr 2025: the last working day counted is "
                            + "Tue 29 Apr 2025; 4 Saturdays and Sundays not counted"));
        }

        @Test
        void threeWorkingDaysFrom23DecemberInIrelandSkipChristmasStStephensDayAndTheWeekend() {
            assertThat(lastDay(date(2025, DECEMBER, 23), workingDays(3), "IE")).isEqualTo(date(2025, DECEMBER, 30));
        }

        @Test
        void twoWorkingDaysFromMaundyThursdaySkipGoodFridayInGermanyButNotInAustria() {
            // Good Friday is a public holiday throughout Germany, not in Austria
            assertThat(lastDay(date(2025, APRIL, 17), workingDays(2), "DE")).isEqualTo(date(2025, APRIL, 23));
            assertThat(lastDay(date(2025, APRIL, 17), workingDays(2), "AT")).isEqualTo(date(2025, APRIL, 22));
        }
    }

    @Nested
    @DisplayName("Art. 3(4): a period ending on a holiday, Saturday or Sunday ends on the next working day")
    class Article3Paragraph4 {

        @Test
        void aPeriodEndingOnASaturdayEndsAtTheEndOfTheFollowingMonday() {
            ComputedDeadline deadline = compute(date(2025, MAY, 19), calendarDays(5), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 26));
            assertThat(deadline.explanation().summary()).isEqualTo("19 May 2025 + 5 days → Mon 26 May 2025 "
                    + "24:00 Europe/Vienna; Art. 3(2)(b), 3(4) (Sat 24 May 2025, Sun 25 May 2025)");
        }

        @Test
        void aPeriodEndingOnASundayEndsAtTheEndOfTheFollowingMonday() {
            assertThat(lastDay(date(2025, MAY, 18), weeks(1), "AT")).isEqualTo(date(2025, MAY, 26));
        }

        @Test
        void aWeekEndingOnEasterMondayInAustriaEndsOnTuesday() {
            ComputedDeadline deadline = compute(date(2025, APRIL, 14), weeks(1), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, APRIL, 22));
            assertThat(deadline.explanation().rules()).containsExactly("Art. 3(2)(c)", "Art. 3(4)");
            assertThat(deadline.explanation().summary()).isEqualTo("14 Apr 2025 + 1 week → Tue 22 Apr 2025 "
                    + "24:00 Europe/Vienna; Art. 3(2)(c), 3(4) (Mon 21 Apr 2025 Easter Monday)");
            assertThat(deadline.explanation().steps()).anySatisfy(step -> {
                assertThat(step.article()).isEqualTo("Art. 3(4)");
                assertThat(step.date()).isEqualTo(date(2025, APRIL, 21));
                assertThat(step.text()).isEqualTo("Mon 21 Apr 2025 is a public holiday in AT (Easter Monday): "
                        + "the period ends with the following working day");
            });
        }

        @Test
        void aWeekEndingOnStStephensDayInIrelandEndsOnTheFollowingMonday() {
            ComputedDeadline deadline = compute(date(2025, DECEMBER, 19), weeks(1), "IE");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, DECEMBER, 29));
            assertThat(deadline.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
            assertThat(deadline.dueInstant()).isEqualTo(Instant.parse("2025-12-29T23:59:59.999Z"));
            assertThat(deadline.explanation().summary()).startsWith("19 Dec 2025 + 1 week → Mon 29 Dec 2025 "
                    + "24:00 Europe/Dublin; Art. 3(2)(c), 3(4) (Fri 26 Dec 2025 St").contains("Stephen");
        }

        @Test
        void aDayThatIsNoPublicHolidayInTheJurisdictionDoesNotMoveTheEnd() {
            // 26 December is a public holiday in Ireland and Austria, but not in France
            assertThat(lastDay(date(2025, DECEMBER, 19), weeks(1), "FR")).isEqualTo(date(2025, DECEMBER, 26));
        }

        @Test
        void christmasEveIsNoPublicHolidayInAustriaAndDoesNotMoveTheEnd() {
            assertThat(lastDay(date(2025, DECEMBER, 17), weeks(1), "AT")).isEqualTo(date(2025, DECEMBER, 24));
        }
    }

    @Nested
    @DisplayName("Art. 3(5): a period of two days or more includes at least two working days")
    class Article3Paragraph5 {

        @Test
        void twoDaysFromAFridayEndOnTuesdayNotMonday() {
            ComputedDeadline deadline = compute(date(2025, MAY, 16), calendarDays(2), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 20));
            assertThat(deadline.explanation().rules()).containsExactly("Art. 3(2)(b)", "Art. 3(4)", "Art. 3(5)");
        }

        @Test
        void twoDaysFromAThursdayAlreadyIncludeFridayAndMonday() {
            ComputedDeadline deadline = compute(date(2025, MAY, 15), calendarDays(2), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 19));
            assertThat(deadline.explanation().rules()).doesNotContain("Art. 3(5)");
        }

        @Test
        void twoDaysFromChristmasEveInAustriaEndOnTuesday30December() {
            ComputedDeadline deadline = compute(date(2025, DECEMBER, 24), calendarDays(2), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, DECEMBER, 30));
            assertThat(deadline.explanation().steps()).anySatisfy(step -> assertThat(step.text())
                    .isEqualTo("a period of two days or more includes at least two working days; Thu 25 Dec 2025 "
                            + "to Mon 29 Dec 2025 has 1 working day, so the period ends on Tue 30 Dec 2025"));
        }

        @Test
        void aOneDayPeriodIsNotExtended() {
            ComputedDeadline deadline = compute(date(2025, MAY, 16), calendarDays(1), "AT");

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 19));
            assertThat(deadline.explanation().rules()).containsExactly("Art. 3(2)(b)", "Art. 3(4)");
        }
    }

    @Nested
    @DisplayName("The end of the day is 23:59:59.999 local time, also across a clock change")
    class EndOfDayInTheJurisdictionsZone {

        @Test
        void aWeekOverTheSpringClockChangeEndsAtMidnightSummerTime() {
            ComputedDeadline deadline = compute(date(2025, MARCH, 24), weeks(1), "AT");

            assertThat(deadline.due().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
            assertThat(deadline.dueInstant()).isEqualTo(Instant.parse("2025-03-31T21:59:59.999Z"));
        }

        @Test
        void aWeekOverTheAutumnClockChangeEndsAtMidnightWinterTime() {
            ComputedDeadline deadline = compute(date(2025, OCTOBER, 20), weeks(1), "AT");

            assertThat(deadline.dueLocal()).isEqualTo(LocalDateTime.of(2025, 10, 27, 23, 59, 59, 999_000_000));
            assertThat(deadline.due().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(deadline.dueInstant()).isEqualTo(Instant.parse("2025-10-27T22:59:59.999Z"));
        }

        @Test
        void theExplanationNamesTheZoneTheOffsetAndTheInstant() {
            List<ExplanationStep> steps = compute(date(2025, MARCH, 24), weeks(1), "AT").explanation().steps();
            ExplanationStep last = steps.get(steps.size() - 1);

            assertThat(last.article()).isEqualTo("Art. 3(2)(c)");

            assertThat(last.text()).isEqualTo("ends with the expiry of the last hour of Mon 31 Mar 2025: "
                    + "23:59:59.999 Europe/Vienna (UTC+02:00), 2025-03-31T21:59:59.999Z");
        }

        @Test
        void aCaseCanNameAnotherZoneThanTheJurisdictionsDefault() {
            ComputedDeadline deadline = CALCULATOR.calculate(
                    DeadlineRequest.from(date(2025, MAY, 14), weeks(1), "AT").inZone(ZoneId.of("Europe/Lisbon")));

            assertThat(deadline.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
            assertThat(deadline.dueInstant()).isEqualTo(Instant.parse("2025-05-21T22:59:59.999Z"));
        }
    }

    @Nested
    @DisplayName("Periods counted backwards from a date are not moved")
    class PeriodsCountedBackwards {

        private ComputedDeadline backFrom(LocalDate date, Period period) {
            return CALCULATOR.calculate(DeadlineRequest.backFrom(date, period, "AT"));
        }

        @Test
        void aWeekBeforeAHearingOnWednesdayMustBeKeptByTheEndOfTheTuesdayEightDaysBefore() {
            ComputedDeadline deadline = backFrom(date(2025, MAY, 21), weeks(1));

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 13));
            assertThat(deadline.explanation().summary()).isEqualTo(
                    "21 May 2025 − 1 week → Tue 13 May 2025 24:00 Europe/Vienna; Art. 3(2)(c), counted backwards");
        }

        @Test
        void aBackwardsPeriodWhoseLastDayToActIsASundayIsNotMovedByArticle3Paragraph4() {
            ComputedDeadline deadline = backFrom(date(2025, MAY, 26), weeks(1));

            assertThat(deadline.lastDay()).isEqualTo(date(2025, MAY, 18));
            assertThat(deadline.explanation().rules()).doesNotContain("Art. 3(4)");
        }

        @Test
        void aBackwardsPeriodWhoseLastDayToActIsEasterMondayIsNotMoved() {
            assertThat(backFrom(date(2025, APRIL, 25), calendarDays(3)).lastDay()).isEqualTo(date(2025, APRIL, 21));
        }

        @Test
        void threeWorkingDaysBeforeAFridayHearingCountBackOverEasterMonday() {
            // Thu 24, Wed 23, Tue 22 Apr are counted: act by the end of Easter Monday
            assertThat(backFrom(date(2025, APRIL, 25), workingDays(3)).lastDay()).isEqualTo(date(2025, APRIL, 21));
            // Fri 25, Thu 24, Wed 23, Tue 22 and (skipping Easter Monday and the weekend) Fri 18
            assertThat(backFrom(date(2025, APRIL, 28), workingDays(5)).lastDay()).isEqualTo(date(2025, APRIL, 17));
        }
    }

    @Nested
    @DisplayName("Bad input is refused with a message naming the field")
    class Validation {

        @Test
        void anUnknownCountryIsRefused() {
            assertThatThrownBy(() -> compute(date(2025, MAY, 14), weeks(1), "XX"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("countryCode XX is not a jurisdiction with known public holidays");
        }

        @Test
        void aCountryCodeThatIsNotTwoLettersIsRefused() {
            assertThatThrownBy(() -> DeadlineRequest.from(date(2025, MAY, 14), weeks(1), "AUT"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("countryCode must be an ISO 3166-1 alpha-2 code such as AT, was AUT");
        }

        @Test
        void aLowerCaseCountryCodeIsAccepted() {
            assertThat(compute(date(2025, MAY, 14), weeks(1), "at").explanation().countryCode()).isEqualTo("AT");
        }

        @Test
        void aPeriodOfZeroDaysIsRefused() {
            assertThatThrownBy(() -> calendarDays(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("period.amount must be between 1 and 3650 calendar days, was 0");
        }

        @Test
        void aPeriodOfTenThousandDaysIsRefused() {
            assertThatThrownBy(() -> calendarDays(10_000))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("period.amount must be between 1 and 3650 calendar days, was 10000");
        }

        @Test
        void aNegativeOrAbsurdPeriodInOtherUnitsIsRefused() {
            assertThatThrownBy(() -> weeks(-1)).hasMessageContaining("period.amount");
            assertThatThrownBy(() -> months(121)).hasMessage("period.amount must be between 1 and 120 months, was 121");
            assertThatThrownBy(() -> workingDays(3651)).hasMessageContaining("3650 working days");
            assertThatThrownBy(() -> new Period(1, null)).hasMessage("period.unit must be given");
        }

        @Test
        void theLongestPeriodsAreComputed() {
            // Sat 12 May 2035, then Sunday and Whit Monday 14 May 2035
            assertThat(lastDay(date(2025, MAY, 14), calendarDays(3650), "AT")).isEqualTo(date(2035, MAY, 15));
            assertThat(lastDay(date(2025, MAY, 14), workingDays(3650), "AT")).isAfter(date(2039, JANUARY, 1));
        }

        @Test
        void anEventDateMustBeGiven() {
            assertThatThrownBy(() -> DeadlineRequest.from(null, weeks(1), "AT"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("eventDate must be given");
        }

        @Test
        void aCountryOutsideTheEuAndEeaNeedsAZone() {
            assertThatThrownBy(() -> compute(date(2025, MAY, 14), weeks(1), "US"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("zone must be given: countryCode US has no default time zone");
            assertThat(CALCULATOR.calculate(DeadlineRequest.from(date(2025, MAY, 14), weeks(1), "US")
                    .inZone(ZoneId.of("America/New_York"))).lastDay()).isEqualTo(date(2025, MAY, 21));
        }
    }

    @Nested
    @DisplayName("Every deadline keeps its explanation")
    class Explanation {

        @Test
        void theExplanationKeepsTheEventThePeriodTheJurisdictionAndTheZone() {
            DeadlineExplanation explanation = compute(date(2025, MAY, 14), weeks(1), "AT").explanation();

            assertThat(explanation.eventDate()).isEqualTo(date(2025, MAY, 14));
            assertThat(explanation.period()).isEqualTo(weeks(1));
            assertThat(explanation.counting()).isEqualTo(Counting.FORWARDS);
            assertThat(explanation.countryCode()).isEqualTo("AT");
            assertThat(explanation.zone()).isEqualTo(VIENNA);
        }

        @Test
        void theStepsFollowTheArticlesInTheOrderTheyWereApplied() {
            DeadlineExplanation explanation = compute(date(2025, MAY, 16), calendarDays(2), "AT").explanation();

            assertThat(explanation.steps()).extracting(ExplanationStep::article).containsExactly(
                    "Art. 3(1)", "Art. 3(2)(b)", "Art. 3(3)", "Art. 3(4)", "Art. 3(4)", "Art. 3(5)", "Art. 3(2)(b)");
        }

        @Test
        void theSummaryNamesAtMostThreeDaysThatMovedTheEnd() {
            // 20 working days over Christmas and New Year in Austria: 8, 25, 26 Dec and 1, 6 Jan
            String summary = compute(date(2025, DECEMBER, 5), workingDays(20), "AT").explanation().summary();

            assertThat(summary).endsWith("(Mon 8 Dec 2025 Immaculate Conception Day, Thu 25 Dec 2025 Christmas, "
                    + "Fri 26 Dec 2025 St.Stephen's Day and 2 more)");
        }
    }
}
