package org.redress.complaints.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals the staff pages show, in the staff member's language. The rules (Bean Validation, the
 * services, the pages' own checks) word their refusals in English for the API's problem documents;
 * each one a page can meet is recognised here by its English wording and said again from
 * {@link StaffMessages}, with the references and numbers it names. A refusal not in this list (one
 * added later) shows in English, as the API words it.
 */
final class StaffRefusals {

    private static final Map<Pattern, BiFunction<Matcher, StaffMessages, String>> KNOWN = new LinkedHashMap<>();

    static {
        known("is required", (m, t) -> t.error_required());
        known("is required: the version the change was made from", (m, t) -> t.error_version_change());
        known("is longer than (\\d+) characters", (m, t) -> t.error_too_long(Integer.parseInt(m.group(1))));
        known("must be a date such as 2026-05-27", (m, t) -> t.error_date());
        known("must be a two-letter country code such as ([A-Z]{2})", (m, t) -> t.error_country(m.group(1)));
        known("must not be before from", (m, t) -> t.error_to_before_from());
        known("must be the key of a group of similar complaints", (m, t) -> t.error_group());
        known("must be a whole number from (-?\\d+) to (-?\\d+)", (m, t) -> t.error_number(m.group(1), m.group(2)));
        known("must be one of .*", (m, t) -> t.error_choose_value());
        known("choose at least one complaint, or act on the whole result", (m, t) -> t.error_no_complaint());
        known("is not a complaint id", (m, t) -> t.error_not_a_complaint_id());
        known("choose what to do with the complaints", (m, t) -> t.error_choose_action());
        known("choose a decision", (m, t) -> t.error_choose_decision());
        known("choose 1 to (\\d+) complaints", (m, t) -> t.error_complaint_count(m.group(1)));
        known("(\\d+) of the chosen complaints no longer exist", (m, t) -> t.error_gone(m.group(1)));
        known("is only for marking duplicates", (m, t) -> t.error_original_only_duplicates());
        known("no complaint has the reference (.+)", (m, t) -> t.error_no_such_reference(m.group(1)));
        known("no complaint has this reference", (m, t) -> t.error_no_reference());
        known("no complaint has this id", (m, t) -> t.error_no_complaint_id());
        known("is required for the status DUPLICATE: the complaint this one repeats", (m, t) -> t.error_duplicate_required());
        known("must be another complaint", (m, t) -> t.error_duplicate_self());
        known("must be a case reference such as CASE-2026-0042", (m, t) -> t.error_case_reference());
        known("choose one of the cases found or type a reference, not both", (m, t) -> t.error_case_not_both());
        known("no organisation in the list has this id", (m, t) -> t.error_no_organisation());
        known("must be lower-case letters and digits in words joined by single hyphens, e\\.g\\. meta-ai-training",
                (m, t) -> t.error_slug());
        known("is required, at most 200 characters", (m, t) -> t.error_name());
        known("is already in the list", (m, t) -> t.error_name_taken());
        known("Complaint (\\S+) is not verified yet: .*", (m, t) -> t.conflict_not_verified(m.group(1)));
        known("Complaint (\\S+) was withdrawn and erased by the complainant; .*", (m, t) -> t.conflict_erased(m.group(1)));
        known("Complaint (\\S+) was changed by someone else since you read it\\. .*",
                (m, t) -> t.conflict_complaint_stale(m.group(1)));
        known("The filter matches more than (\\d+) complaints; .*", (m, t) -> t.conflict_too_many(m.group(1)));
        known("(\\d+) of the complaints cannot be linked because they are not verified yet \\(RECEIVED\\) or erased \\(ERASED\\):"
                + " (.*)\\. Nothing was linked\\.", (m, t) -> t.conflict_not_linkable(m.group(1), m.group(2)));
        known("(\\d+) of the chosen complaints are not verified yet or were erased; .*",
                (m, t) -> t.conflict_not_triageable(m.group(1)));
        known("A campaign with the slug (\\S+) already exists\\.", (m, t) -> t.conflict_slug_taken(m.group(1)));
        known("The campaign was changed by someone else since you read it; it is now at version (\\d+)\\. .*",
                (m, t) -> t.conflict_campaign_stale(m.group(1)));
    }

    private StaffRefusals() {
    }

    private static void known(String english, BiFunction<Matcher, StaffMessages, String> translated) {
        KNOWN.put(Pattern.compile(english, Pattern.DOTALL), translated);
    }

    /** The refusal {@code english} in the language of {@code messages}; one not known stays as it is. */
    static String say(String english, StaffMessages messages) {
        if (english == null) {
            return null;
        }
        for (Map.Entry<Pattern, BiFunction<Matcher, StaffMessages, String>> known : KNOWN.entrySet()) {
            Matcher matcher = known.getKey().matcher(english);
            if (matcher.matches()) {
                return known.getValue().apply(matcher, messages);
            }
        }
        return english;
    }
}
