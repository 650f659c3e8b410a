package org.redress.complaints.triage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.platform.input.InputDates;
import org.redress.platform.problem.InvalidInputException;
import org.redress.platform.problem.Problem;

/**
 * What the triage queue is filtered by, parsed from the query string. Without {@code status} the
 * queue holds the complaints waiting for or done with triage: not the unverified ones (RECEIVED)
 * and not the erased ones.
 *
 * @param statuses       the statuses to show, never empty
 * @param organisationId the organisation from the list, when {@code company} was an id
 * @param companyText    text the company's name contains (case-insensitive), when {@code company} was not an id
 * @param from           submitted on or after this day (UTC)
 * @param to             submitted on or before this day (UTC)
 * @param query          a web-search style full-text query (quotes, or, -word) over the text
 * @param group          a similarity key: only the complaints of that group of similar complaints
 */
public record TriageFilter(Set<Complaint.Status> statuses, UUID organisationId, String companyText, Category category,
        String country, String campaign, LocalDate from, LocalDate to, String query, UUID group, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    static final Set<Complaint.Status> DEFAULT_STATUSES = EnumSet.complementOf(
            EnumSet.of(Complaint.Status.RECEIVED, Complaint.Status.ERASED));

    /** Parses the query parameters, naming every bad one. */
    public static TriageFilter parse(List<String> status, String company, String category, String country, String campaign,
            String from, String to, String q, String page, String size) {
        return parse(status, company, category, country, campaign, from, to, q, null, page, size);
    }

    /** Parses the query parameters with a group of similar complaints, naming every bad one. */
    public static TriageFilter parse(List<String> status, String company, String category, String country, String campaign,
            String from, String to, String q, String group, String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Complaint.Status> statuses = EnumSet.noneOf(Complaint.Status.class);
        for (String each : status == null ? List.<String>of() : status) {
            for (String name : each.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(Complaint.Status.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(error("status", "must be one of " + EnumSet.allOf(Complaint.Status.class)));
                }
            }
        }
        UUID organisationId = null;
        String companyText = null;
        if (company != null && !company.isBlank()) {
            try {
                organisationId = UUID.fromString(company.trim());
            } catch (IllegalArgumentException e) {
                companyText = company.trim();
            }
        }
        Category parsedCategory = null;
        if (category != null && !category.isBlank()) {
            try {
                parsedCategory = Category.valueOf(category.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(error("category", "must be one of " + EnumSet.allOf(Category.class)));
            }
        }
        String parsedCountry = null;
        if (country != null && !country.isBlank()) {
            parsedCountry = country.trim().toUpperCase(Locale.ROOT);
            if (!parsedCountry.matches("[A-Z]{2}")) {
                errors.add(error("country", "must be a two-letter country code such as DE"));
            }
        }
        LocalDate fromDay = date("from", from, errors);
        LocalDate toDay = date("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add(error("to", "must not be before from"));
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        String query = q == null || q.isBlank() ? null : q.trim();
        if (query != null && query.length() > 500) {
            errors.add(error("q", "is longer than 500 characters"));
        }
        UUID groupKey = null;
        if (group != null && !group.isBlank()) {
            try {
                groupKey = UUID.fromString(group.trim());
            } catch (IllegalArgumentException e) {
                errors.add(error("group", "must be the key of a group of similar complaints"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TriageFilter(statuses.isEmpty() ? DEFAULT_STATUSES : statuses, organisationId, companyText,
                parsedCategory, parsedCountry, campaign == null || campaign.isBlank() ? null : campaign.trim(),
                fromDay, toDay, query, groupKey, pageNumber, pageSize);
    }

    /** The same filter at another page. */
    public TriageFilter atPage(int number) {
        return new TriageFilter(statuses, organisationId, companyText, category, country, campaign, from, to, query, group,
                number, size);
    }

    private static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InputDates.parseDate(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(error(name, "must be a date such as 2026-05-27, between 1900 and 2999"));
            return null;
        }
    }

    private static int number(String name, String value, int absent, int min, int max, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }

    private static Problem.FieldError error(String field, String detail) {
        return new Problem.FieldError(field, "#/" + field, detail);
    }
}
