package org.redress.cases.pages;

import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.Escalation;
import org.redress.cases.casefile.StepType;
import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.DeadlineState;
import org.redress.cases.deadline.PeriodUnit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of cases-service's staff pages (dashboard, case list, case page, new case, overdue
 * deadlines, calendar, calendar feed), in English; {@code messages/cases_de.properties} and
 * {@code messages/cases_fr.properties} translate each key. The words for codes (a method with one enum
 * parameter; keys such as {@code caseStatus_$FORMAL_NOTICE_SENT}) are in
 * {@code messages/cases_en.properties} and its translations. Templates use {@code {cases:key}}; Java
 * code asks {@link org.redress.portal.StaffLanguage#bundle(Class)}. The JSON API keeps the codes and
 * its English problem details.
 */
@MessageBundle(value = "cases", locale = "en")
public interface StaffMessages {

    // --- words for codes (cases_en.properties; {label:...}, StaffLabels) ------------------------
    @Message
    String caseStatus(CaseStatus status);

    @Message
    String escalation(Escalation escalation);

    @Message
    String stepType(StepType type);

    @Message
    String deadlineKind(DeadlineKind kind);

    @Message
    String deadlineState(DeadlineState state);

    @Message
    String periodUnit(PeriodUnit unit);

    /** A period: "1 week", "10 working days". */
    @Message("{amount} {#when unit}{#is 'CALENDAR_DAYS'}{#if amount == 1}day{#else}days{/if}{#is 'WORKING_DAYS'}{#if amount == 1}working day{#else}working days{/if}{#is 'WEEKS'}{#if amount == 1}week{#else}weeks{/if}{#is 'MONTHS'}{#if amount == 1}month{#else}months{/if}{#is 'YEARS'}{#if amount == 1}year{#else}years{/if}{/when}")
    String period(int amount, String unit);

    /** The words on a deadline's button, as {@link org.redress.cases.deadline.DeadlineActionRules} names them in English. */
    @Message("{label}")
    String offer(String label);

    /** An email's kind, as notifications-service names it on the timeline; empty for one not known here. */
    @Message("{#when code}{#is 'complaint-verification'}confirm the email address{#is 'complaint-acknowledgement'}complaint received{#is 'complaint-status-link'}link to the status page{#is 'reminder-before'}deadline ahead{#is 'reminder-last-day'}last day of a period{#is 'reminder-ended'}period ended{#is 'digest'}daily digest{#else}{/when}")
    String mailKind(String code);

    /** A changed field's name on the timeline; empty for one not known here (the page then writes its name in words). */
    @Message("{#when field}{#is 'title'}Title{#is 'respondent'}Respondent{#is 'subject'}Subject{#is 'legalGrounds'}Legal grounds{#is 'jurisdiction'}Jurisdiction{#is 'authority'}Authority or court{#is 'owner'}Owner{#is 'team'}Team{#is 'tags'}Tags{#is 'publicSummary'}Public summary{#is 'reference'}Reference{#is 'status'}Status{#is 'escalation'}Escalation{#is 'complaintsToLink'}Complaints to link{#is 'type'}Step{#is 'occurredOn'}Date{#is 'description'}Description{#is 'documents'}Documents{#is 'authorityReference'}Authority's reference{#is 'court'}Court{#is 'courtCaseNumber'}Case number{#is 'hearingAt'}Hearing{#is 'optInDeadline'}Opt-in deadline{#is 'kind'}Kind{#is 'runsFrom'}Runs from{#is 'period'}Period{#is 'dueAt'}Due{#is 'zone'}Zone{#is 'explanationSummary'}How it was worked out{#is 'state'}State{#is 'messageId'}Message{#is 'at'}At{#is 'error'}Error{#else}{/when}")
    String field(String field);

    // --- shared -------------------------------------------------------------------------------
    @Message("Mine and my team's")
    String scope_mine();

    @Message("All cases")
    String scope_all();

    @Message("Case")
    String case_();

    @Message("Title")
    String title();

    @Message("Respondent")
    String respondent();

    @Message("Status")
    String status();

    @Message("Owner")
    String owner();

    @Message("Team")
    String team();

    @Message("Deadline")
    String deadline();

    @Message("Due")
    String due();

    @Message("State")
    String state();

    @Message("What")
    String what();

    @Message("Pages")
    String pages();

    @Message("Page {number}")
    String page(int number);

    @Message("Not saved.")
    String not_saved();

    @Message("Please correct the fields marked below.")
    String correct_fields();

    @Message("{#if count > cap}more than {cap}{#else}{count}{/if}")
    String count_capped(long count, int cap);

    // --- dashboard ----------------------------------------------------------------------------
    @Message("Dashboard")
    String dashboard_title();

    @Message("Whose deadlines")
    String dashboard_scope();

    @Message("overdue or missed")
    String dashboard_overdue_count();

    @Message("due in the next 7 days")
    String dashboard_due_soon_count();

    @Message("open cases of mine")
    String dashboard_my_cases_count();

    @Message("Overdue and missed")
    String dashboard_overdue();

    @Message("Nothing overdue.")
    String nothing_overdue();

    @Message("Overdue and missed deadlines")
    String overdue_deadlines();

    @Message("The {count} latest due are listed.")
    String dashboard_latest_listed(int count);

    @Message("{#if count > cap}Show all overdue or missed (more than {cap}){#else}Show all {count} overdue or missed{/if}")
    String dashboard_show_all(long count, int cap);

    @Message("Due in the next 7 days")
    String dashboard_due_soon();

    @Message("Nothing due this week.")
    String dashboard_nothing_due();

    @Message("Deadlines due in the next 7 days")
    String dashboard_due_soon_label();

    @Message("My open cases")
    String dashboard_my_cases();

    @Message("No open case of yours.")
    String dashboard_no_cases();

    // --- overdue deadlines --------------------------------------------------------------------
    @Message("Overdue and missed deadlines{#if number > 1}, page {number}{/if}")
    String overdue_title(int number);

    @Message("Overdue and missed deadlines of my cases and my team's")
    String overdue_mine();

    @Message("← Dashboard")
    String overdue_dashboard();

    @Message("All cases' overdue deadlines")
    String overdue_all();

    @Message("Only mine and my team's")
    String overdue_only_mine();

    @Message("No deadline on this page.")
    String overdue_none_on_page();

    @Message("{first}–{last} of {count}, latest due first.")
    String overdue_shown(long first, long last, String count);

    @Message("← Previous page")
    String previous_page();

    @Message("Next page →")
    String next_page();

    @Message("must be a whole number from 1")
    String overdue_bad_page();

    // --- case list ----------------------------------------------------------------------------
    @Message("Cases")
    String list_title();

    @Message("New case")
    String new_case();

    @Message("Whose cases")
    String list_scope();

    @Message("Search")
    String list_search();

    @Message("Reference or title")
    String list_search_hint();

    @Message("any")
    String list_any();

    @Message("Tag")
    String list_tag();

    @Message("Jurisdiction")
    String jurisdiction();

    @Message("Filter")
    String list_filter();

    @Message("{total} cases")
    String list_total(long total);

    @Message("Reference")
    String list_reference();

    @Message("Next deadline")
    String list_next_deadline();

    @Message("Opened")
    String list_opened();

    // --- saved views of the case list ----------------------------------------------------------
    @Message("Saved views")
    String views_title();

    @Message("No saved views yet: filter the list, then save the filter under a name.")
    String views_none();

    @Message("Name of this view")
    String views_name();

    @Message("Save this view")
    String views_save();

    @Message("Saving a name you already use replaces that view.")
    String views_hint();

    @Message("Delete")
    String views_delete();

    @Message("Delete the saved view “{name}”")
    String views_delete_named(String name);

    @Message("This filter cannot be saved: the list offers no such status, sort or order.")
    String views_not_a_filter();

    @Message("at most {most} saved views: delete one to save another")
    String error_too_many_views(String most);

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    // --- case page: facts and forms -----------------------------------------------------------
    @Message("The page below shows the current state.")
    String current_state_below();

    @Message("Subject")
    String subject();

    @Message("Legal grounds")
    String legal_grounds();

    @Message("dates and times typed in the forms below are in {zone}")
    String jurisdiction_zone(String zone);

    @Message("Authority or court")
    String authority();

    @Message("Tags")
    String tags();

    @Message("Public summary")
    String public_summary();

    @Message("Change status or public summary")
    String status_form();

    @Message("Escalation (only for Escalated)")
    String escalation_label();

    @Message("Change status")
    String change_status();

    @Message("Public summary (complainants see it)")
    String public_summary_label();

    @Message("Save the summary")
    String save_summary();

    @Message("Change the owner or team")
    String assignment_form();

    @Message("Owner (email)")
    String owner_email();

    @Message("Team (email)")
    String team_email();

    @Message("Save owner and team")
    String save_assignment();

    // --- case page: deadlines -----------------------------------------------------------------
    @Message("Deadlines")
    String deadlines();

    @Message("No deadline.")
    String no_deadline();

    @Message("How it was worked out")
    String explanation();

    @Message("Change")
    String change();

    @Message("New period from {date}")
    String new_period_from(String date);

    @Message("unit")
    String unit();

    @Message("New due date and time ({zone})")
    String new_due(String zone);

    @Message("or new due date and time ({zone})")
    String or_new_due(String zone);

    // --- case page: steps ---------------------------------------------------------------------
    @Message("Steps")
    String steps();

    @Message("No step yet.")
    String no_step();

    @Message("Date")
    String date();

    @Message("Step")
    String step();

    @Message("Details")
    String details();

    @Message("Documents")
    String documents();

    @Message("Authority's reference {reference}.")
    String step_authority_reference(String reference);

    /** A document's type in words, from the media type its content was found to be. */
    @Message("{#when type}{#is 'application/pdf'}PDF{#is 'image/png'}PNG image{#is 'image/jpeg'}JPEG image{#is 'text/plain'}Text{#else}{type}{/when}")
    String document_type(String type);

    @Message("{kilobytes} KB")
    String document_size(long kilobytes);

    @Message("uploaded by {who}, {when}")
    String document_uploaded(String who, String when);

    @Message("Add documents to this step: PDF, PNG, JPEG or plain text, up to {max} files of {mb} MB each")
    String document_files_label(int max, long mb);

    @Message("Upload")
    String document_upload();

    @Message("Remove…")
    String document_remove();

    @Message("The file and its content are deleted for good; the case's activity keeps its name and who removed it.")
    String document_remove_warning();

    @Message("Remove {file} for good")
    String document_remove_named(String file);

    @Message("{name}: {reason}")
    String document_refused(String name, String reason);

    @Message("hearing {when}")
    String step_hearing(String when);

    @Message("opt-in until {date}")
    String step_opt_in(String date);

    @Message("Add a step (a company response received meets the response deadline)")
    String step_form();

    @Message("Date ({zone})")
    String date_in(String zone);

    @Message("Description")
    String description();

    @Message("Documents' references, one a line")
    String documents_label();

    @Message("Authority's reference")
    String authority_reference();

    @Message("Court")
    String court();

    @Message("Case number")
    String case_number();

    @Message("Hearing ({zone})")
    String hearing_in(String zone);

    @Message("Opt-in deadline")
    String opt_in_deadline();

    @Message("Add the step")
    String add_step();

    // --- case page: notes, linked complaints, timeline ----------------------------------------
    @Message("Notes")
    String notes();

    @Message("New note (Markdown; HTML is shown as text)")
    String note_label();

    @Message("At most 20,000 characters; **bold**, *italic*, lists and [links](https://example.org).")
    String note_hint();

    @Message("Add the note")
    String add_note();

    @Message("No note yet.")
    String no_note();

    @Message("Linked complaints ({count})")
    String linked_complaints(long count);

    @Message("Timeline")
    String timeline();

    @Message("none")
    String none();

    // --- the timeline's sentences (ActivityFeed) ----------------------------------------------
    @Message("{who} opened the case")
    String activity_opened(String who);

    @Message("{who} edited the case")
    String activity_edited(String who);

    @Message("{who} moved the case from {from} to {to}")
    String activity_status(String who, String from, String to);

    @Message("{who} moved the case from {from} to {to} ({escalation})")
    String activity_escalated(String who, String from, String to, String escalation);

    @Message("{who} added the step {type} ({date})")
    String activity_step(String who, String type, String date);

    @Message("{who} opened the deadline {kind}, due {due}")
    String activity_deadline_opened(String who, String kind, String due);

    @Message("{who} extended the deadline {name} from {from} to {to}")
    String activity_deadline_extended(String who, String name, String from, String to);

    @Message("{who} marked the deadline {name} as met")
    String activity_deadline_met(String who, String name);

    @Message("The deadline {name} was missed")
    String activity_deadline_missed(String name);

    @Message("The deadline {name} was missed ({who})")
    String activity_deadline_missed_by(String name, String who);

    @Message("{who} cancelled the deadline {name}")
    String activity_deadline_cancelled(String who, String name);

    @Message("{who} added a note: {excerpt}")
    String activity_note(String who, String excerpt);

    @Message("{who} added documents to the step {type} ({date}): {files}")
    String activity_documents(String who, String type, String date, String files);

    @Message("{who} removed the document {file} from the step {type} ({date})")
    String activity_document_removed(String who, String file, String type, String date);

    @Message("An email was sent: {kind}")
    String activity_email_sent(String kind);

    @Message("An email could not be sent: {kind}")
    String activity_email_failed(String kind);

    @Message("{who} made a change ({action})")
    String activity_other(String who, String action);

    @Message("(no longer listed)")
    String activity_no_longer_listed();

    // --- new case -----------------------------------------------------------------------------
    @Message("{#when field}{#is 'title'}Title{#is 'respondent'}Respondent organisation{#is 'subject'}Subject{#is 'legalGrounds'}Legal grounds, one a line{#is 'jurisdiction'}Jurisdiction (country code){#is 'authority'}Authority or court{#is 'owner'}Owner (email){#is 'team'}Team (email){#is 'tags'}Tags, comma-separated{#is 'publicSummary'}Public summary (complainants see it){#is 'complaints'}Complaints to link (references){#else}{field}{/when}")
    String new_case_field(String field);

    @Message("{#when field}{#is 'legalGrounds'}e.g. GDPR Art. 6(1)(f){#is 'jurisdiction'}e.g. AT, DE, IE: its holidays and time zone apply{#is 'complaints'}e.g. RC-2026-000123, up to 200, separated by commas, spaces or new lines; linked once the case is open (unverified or erased complaints are left out: link them on the triage desk){#else}{/when}")
    String new_case_hint(String field);

    @Message("{#if count}{count} complaints{#else}Complaints{/if} chosen on the triage desk: once the case is open,")
    String new_case_from_triage(String count);

    @Message("link them to it on the triage desk")
    String new_case_triage_link();

    @Message("Open the case")
    String open_case();

    // --- calendar -----------------------------------------------------------------------------
    @Message("Deadlines and hearings, {when}")
    String calendar_heading(String when);

    @Message("Months")
    String calendar_months();

    @Message("← Previous month")
    String calendar_previous_month();

    @Message("Next month →")
    String calendar_next_month();

    @Message("Your deadlines in a calendar app (Outlook, Thunderbird, Google Calendar):")
    String calendar_feed_intro();

    @Message("your calendar feed")
    String calendar_feed_link();

    @Message("{count} {#if count == 1}entry{#else}entries{/if}{#if truncated} (the first {count} only: narrow it down on the case list){/if}. Times in {zone}; a deadline or hearing whose jurisdiction reads another clock names that one too.")
    String calendar_count(int count, boolean truncated, java.time.ZoneId zone);

    @Message("Deadline: {kind}")
    String calendar_deadline(String kind);

    @Message("Hearing")
    String calendar_hearing();

    @Message("and {count} more")
    String calendar_more(int count);

    @Message("and {count} more on {date}")
    String calendar_more_on(int count, String date);

    @Message("Days")
    String calendar_days();

    @Message("← Previous day")
    String calendar_previous_day();

    @Message("The month")
    String calendar_month();

    @Message("Next day →")
    String calendar_next_day();

    @Message("{count} {#if count == 1}entry{#else}entries{/if}{#if truncated} (the first only){/if}. Times in {zone}.")
    String calendar_day_count(int count, boolean truncated, java.time.ZoneId zone);

    @Message("Entries of the day")
    String calendar_day_entries();

    @Message("Time")
    String time();

    @Message("month must be a year and month such as 2026-12")
    String calendar_bad_month();

    @Message("month must be between 1900-01 and 2999-12")
    String calendar_month_range();

    @Message("date must be a date such as 2026-12-12")
    String calendar_bad_date();

    @Message("date must be between 1900-01-01 and 2999-12-31")
    String calendar_date_range();

    // --- calendar feed ------------------------------------------------------------------------
    @Message("Calendar feed")
    String feed_title();

    @Message("A calendar app (Outlook, Thunderbird, Google Calendar) can subscribe to the deadlines of the cases you own at a secret address: anyone who has the address can read them, without a login.")
    String feed_intro();

    @Message("← Month calendar")
    String feed_month();

    @Message("Not done.")
    String not_done();

    @Message("Your feed is revoked: its address no longer answers.")
    String feed_revoked();

    @Message("Your new feed address")
    String feed_new_address();

    @Message(", shown this once (Redress keeps only a fingerprint of it): add it to your calendar app as a subscription.")
    String feed_new_address_text();

    @Message("Your feed")
    String feed_yours();

    @Message("Created")
    String feed_created();

    @Message("Last fetched by a calendar app")
    String feed_last_fetched();

    @Message("(noted at most once an hour)")
    String feed_noted_hourly();

    @Message("never")
    String feed_never();

    @Message("Get a new address")
    String feed_replace_heading();

    @Message("The current address stops working at once:")
    String feed_replace_warning();

    @Message("every calendar subscribed to it stops updating without telling you, until you subscribe it to the new address. Do this when the address may have leaked, or when you lost it.")
    String feed_replace_text();

    @Message("I understand that calendars subscribed to the current address stop updating")
    String feed_replace_confirm();

    @Message("Replace the address")
    String feed_replace();

    @Message("Revoke")
    String feed_revoke_heading();

    @Message("The address stops working at once and no new one is made.")
    String feed_revoke_warning();

    @Message("Revoke the feed")
    String feed_revoke();

    @Message("You have no calendar feed.")
    String feed_none();

    @Message("Create a feed address")
    String feed_create();

    @Message("Your login has no email address: the feed lists the deadlines of the cases you own by email address.")
    String feed_no_email();

    @Message("Tick the box to confirm that calendars subscribed to your current address stop updating.")
    String feed_tick_the_box();

    // --- refusals (the pages' own checks; the rules' refusals said again: StaffRefusals) -------
    @Message("The form did not say which version it edited: reload the page.")
    String error_version();

    @Message("choose a status")
    String error_choose_status();

    @Message("must be a whole number")
    String error_whole_number();

    @Message("give a new period, or a new due date and time")
    String error_period_or_due();

    @Message("give the new due date and time")
    String error_due();

    @Message("is not one of the choices")
    String error_not_a_choice();

    @Message("must be a date such as 2026-05-14, between 1900 and 2999")
    String error_date();

    @Message("must be a date and time such as 2026-12-03T09:30 ({zone})")
    String error_date_time(String zone);

    @Message("must not be blank")
    String error_blank();

    @Message("must not be null")
    String error_null();

    @Message("size must be between {min} and {max}")
    String error_size(String min, String max);

    @Message("must be a well-formed email address")
    String error_email();

    @Message("must be an ISO 3166-1 alpha-2 country code such as AT")
    String error_country();

    @Message("unknown jurisdiction {code}: must be an EU or EEA country code (ISO 3166-1 alpha-2) such as AT, DE or IE")
    String error_jurisdiction(String code);

    @Message("at most {max} at once; link more on the triage desk")
    String error_too_many_complaints(String max);

    @Message("not complaint references (such as {example}): {typed}{#if more} and {more} more{/if}")
    String error_not_references(String example, String typed, String more);

    @Message("write the note")
    String error_write_note();

    @Message("choose at least one file")
    String error_choose_file();

    @Message("at most {max} files at once")
    String error_too_many_files(String max);

    @Message("the file is empty")
    String error_file_empty();

    @Message("larger than {mb} MB")
    String error_file_too_large(String mb);

    @Message("the file has no name")
    String error_file_no_name();

    @Message("the name is longer than {max} characters")
    String error_file_name_long(String max);

    @Message("its content is {type}, not a PDF, PNG, JPEG or plain text file")
    String error_file_type(String type);

    @Message("at most {max} characters")
    String error_at_most_characters(String max);

    @Message("must say how the case is escalated: {choices}")
    String error_escalation_missing(String choices);

    @Message("only an escalation names one")
    String error_escalation_only();

    @Message("must be given for a step of type {type}")
    String error_step_needs(String type);

    @Message("does not belong to a step of type {type}")
    String error_step_excludes(String type);

    @Message("must be after the day the action was filed ({date})")
    String error_opt_in_after_filing(String date);

    @Message("must not be before the day the injunction was filed ({date})")
    String error_hearing_before_filing(String date);

    @Message("must be between 1 and {max} {unit}, was {was}")
    String error_period_amount(String max, String unit, String was);

    @Message("must be given")
    String error_given();

    @Message("give either a period or a due instant, not both")
    String error_period_and_due();

    @Message("an extension must end after the current due instant {due}")
    String error_extension_not_later(String due);

    @Message("may be extended by at most {limit}: until {until}")
    String error_extension_limit(String limit, String until);

    @Message("must be after the start of the day it runs from ({date})")
    String error_due_before_start(String date);

    @Message("Edited by someone else. You edited version {sent}, but it has been changed since and is now at version {current}. Your changes were not saved: review the current state below and apply them again.")
    String conflict_stale(String sent, String current);

    @Message("Case closed. Case {reference} is closed: it can no longer be edited, nor its steps and deadlines.")
    String conflict_case_closed(String reference);

    @Message("Status change not allowed. A case cannot go from {from} to {to}; from {from} it can go to: {next}.")
    String conflict_status_move(String from, String to, String next);

    @Message("Status change not allowed. The case is closed: it can no longer change.")
    String conflict_status_closed();

    @Message("Status change not allowed. The case is already escalated by {escalation}.")
    String conflict_already_escalated(String escalation);

    @Message("The deadline is {state}: only an open or extended deadline can be changed.")
    String conflict_deadline_settled(String state);

    @Message("An appeal period is set by law: it cannot be extended, only met (appeal filed) or cancelled.")
    String conflict_appeal_not_extended();

    @Message("The end of an opt-in period is not met by anyone: it can be extended or cancelled.")
    String conflict_opt_in_not_met();

    @Message("This action does not fit a deadline of this kind; it can be: {offers}.")
    String conflict_not_for_kind(String offers);
}
