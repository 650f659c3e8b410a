package org.redress.cases.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.deadline.PeriodUnit;

/**
 * The refusals the staff pages show, in the staff member's language. The rules (Bean Validation, the
 * services, the rule books) word their refusals in English for the API's problem documents; each one
 * a page of cases-service can meet is recognised here by its English wording and said again from
 * {@link StaffMessages}, with the references, dates and numbers it names and its codes in words. A
 * refusal not in this list (one added later) shows in English, as the API words it.
 */
final class StaffRefusals {

    private static final Map<Pattern, BiFunction<Matcher, StaffMessages, String>> KNOWN = new LinkedHashMap<>();

    static {
        known("must not be blank", (m, t) -> t.error_blank());
        known("must not be null", (m, t) -> t.error_null());
        known("must be given", (m, t) -> t.error_given());
        known("size must be between (\\d+) and (\\d+)", (m, t) -> t.error_size(m.group(1), m.group(2)));
        known("must be a well-formed email address", (m, t) -> t.error_email());
        known("must be an ISO 3166-1 alpha-2 country code such as AT", (m, t) -> t.error_country());
        known("unknown jurisdiction (\\S*): must be an EU or EEA country code .*", (m, t) -> t.error_jurisdiction(m.group(1)));
        known("at most (\\d+) at once; link more on the triage desk", (m, t) -> t.error_too_many_complaints(m.group(1)));
        known("not complaint references \\(such as (\\S+)\\): (.*?)(?: and (\\d+) more)?",
                (m, t) -> t.error_not_references(m.group(1), m.group(2), m.group(3)));
        known("write the note", (m, t) -> t.error_write_note());
        known("at most (\\d+) characters", (m, t) -> t.error_at_most_characters(m.group(1)));
        known("at most (\\d+) saved views: delete one to save another", (m, t) -> t.error_too_many_views(m.group(1)));
        known("choose at least one file", (m, t) -> t.error_choose_file());
        known("at most (\\d+) files can be attached", (m, t) -> t.error_too_many_files(m.group(1)));
        known("is empty", (m, t) -> t.error_file_empty());
        known("is larger than (\\d+) MB", (m, t) -> t.error_file_too_large(m.group(1)));
        known("needs a file name", (m, t) -> t.error_file_no_name());
        known("has a name longer than (\\d+) characters", (m, t) -> t.error_file_name_long(m.group(1)));
        known("must be a PDF, PNG, JPEG or plain text file \\(its content is (.*)\\)", (m, t) -> t.error_file_type(m.group(1)));
        known("must be one of .*", (m, t) -> t.error_not_a_choice());
        known("must say how the case is escalated: .*", (m, t) -> t.error_escalation_missing(
                Arrays.stream(Escalation.values()).map(t::escalation).collect(Collectors.joining(", "))));
        known("only an escalation names one", (m, t) -> t.error_escalation_only());
        known("must be given for a step of type (\\S+)", (m, t) -> t.error_step_needs(word(StepType.class, m.group(1), t::stepType)));
        known("does not belong to a step of type (\\S+)",
                (m, t) -> t.error_step_excludes(word(StepType.class, m.group(1), t::stepType)));
        known("must be after the day the action was filed \\((\\S+)\\)", (m, t) -> t.error_opt_in_after_filing(m.group(1)));
        known("must not be before the day the injunction was filed \\((\\S+)\\)",
                (m, t) -> t.error_hearing_before_filing(m.group(1)));
        known("must be between 1 and (\\d+) (.+), was (-?\\d+)", (m, t) -> t.error_period_amount(m.group(1),
                Arrays.stream(PeriodUnit.values()).filter(unit -> unit.label().equals(m.group(2))).findFirst()
                        .map(t::periodUnit).orElse(m.group(2)), m.group(3)));
        known("give either a period or a due instant, not both", (m, t) -> t.error_period_and_due());
        known("an extension must end after the current due instant (\\S+)", (m, t) -> t.error_extension_not_later(m.group(1)));
        known("may be extended by at most (\\d+ [a-z ]+?)( \\(.*\\))?: until (\\S+)",
                (m, t) -> t.error_extension_limit(ActivityValues.period(m.group(1), t) + (m.group(2) == null ? "" : m.group(2)), m.group(3)));
        known("must be after the start of the day it runs from \\((\\S+)\\)", (m, t) -> t.error_due_before_start(m.group(1)));
        known("Edited by someone else\\. You edited version (-?\\d+), but it has been changed since and is now at version (\\d+)\\..*",
                (m, t) -> t.conflict_stale(m.group(1), m.group(2)));
        known("Case closed\\. Case (\\S+) is closed: .*", (m, t) -> t.conflict_case_closed(m.group(1)));
        known("Status change not allowed\\. A case cannot go from (\\S+) to (\\S+); from \\S+ it can go to \\[(.*)\\]\\.",
                (m, t) -> t.conflict_status_move(word(CaseStatus.class, m.group(1), t::caseStatus),
                        word(CaseStatus.class, m.group(2), t::caseStatus), Arrays.stream(m.group(3).split(", "))
                                .map(code -> word(CaseStatus.class, code, t::caseStatus)).collect(Collectors.joining(", "))));
        known("Status change not allowed\\. The case is closed: it can no longer change\\.", (m, t) -> t.conflict_status_closed());
        known("Status change not allowed\\. The case is already escalated by (\\S+)\\.",
                (m, t) -> t.conflict_already_escalated(word(Escalation.class, m.group(1), t::escalation)));
        known("Deadline \\S+\\. The deadline is (\\S+): only an open or extended deadline can be .*",
                // mid-sentence, the state is an adjective: "Die Frist ist eingehalten", "the deadline is met"
                (m, t) -> t.conflict_deadline_settled(word(DeadlineState.class, m.group(1), t::deadlineState)
                        .toLowerCase(Locale.ROOT)));
        known("An appeal period is set by law: .*", (m, t) -> t.conflict_appeal_not_extended());
        known("The end of an opt-in period is not met by anyone: .*", (m, t) -> t.conflict_opt_in_not_met());
        known("(?:Not an action for .*\\. )?An? .* cannot be .*; it can be: (.*)\\.", (m, t) -> t.conflict_not_for_kind(
                Arrays.stream(m.group(1).split(", ")).map(t::offer).collect(Collectors.joining(", "))));
    }

    private StaffRefusals() {
    }

    private static void known(String english, BiFunction<Matcher, StaffMessages, String> translated) {
        KNOWN.put(Pattern.compile(english, Pattern.DOTALL), translated);
    }

    /** The refusal {@code english} in the language of {@code text}; one not known stays as it is. */
    static String say(String english, StaffMessages text) {
        if (english == null) {
            return null;
        }
        for (Map.Entry<Pattern, BiFunction<Matcher, StaffMessages, String>> known : KNOWN.entrySet()) {
            Matcher matcher = known.getKey().matcher(english);
            if (matcher.matches()) {
                return known.getValue().apply(matcher, text);
            }
        }
        return english;
    }

    private static <E extends Enum<E>> String word(Class<E> codes, String code, Function<E, String> word) {
        try {
            return word.apply(Enum.valueOf(codes, code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
