package org.redress.cases.notice;

import java.util.List;

/**
 * What a letter template is filled with: everything from the case and the rules, nothing of any
 * complainant but their number.
 *
 * @param sender          the organisation sending it
 * @param date            the date of the letter, in the letter's language
 * @param reference       the case's reference, for the company's answer
 * @param respondent      the company
 * @param title           the case's title
 * @param subject         what the case is about, or null
 * @param legalGrounds    the provisions breached
 * @param demands         what the company must do, a paragraph each
 * @param complaints      how many complaints the case rests on
 * @param dueDate         the end of the response period, in the letter's language
 * @param amount          the response period's length
 * @param unit            its unit (a {@code PeriodUnit} name: CALENDAR_DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS)
 * @param jurisdiction    whose public holidays count (ISO 3166-1 alpha-2)
 * @param authority       the authority staff would turn to, or null
 */
public record LetterData(String sender, String date, String reference, String respondent, String title, String subject,
        List<String> legalGrounds, List<String> demands, long complaints, String dueDate, int amount, String unit,
        String jurisdiction, String authority) {
}
