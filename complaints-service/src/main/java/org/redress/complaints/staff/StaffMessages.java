package org.redress.complaints.staff;

import java.time.LocalDate;

import org.redress.complaints.category.Category;
import org.redress.complaints.organisation.ContactRole;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;
import org.redress.complaints.statistics.ComplaintStatistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of complaints-service's staff pages (triage desk, complaint, campaigns, organisations,
 * statistics), in English; {@code messages/staff_de.properties} and {@code messages/staff_fr.properties}
 * translate each key. The words for codes (a method with one enum parameter; keys such as
 * {@code status_$VERIFIED}, Qute separating with "_$" when a constant has a "_") are in
 * {@code messages/staff_en.properties} and its translations. Templates use {@code {staff:key}}; Java
 * code asks {@link org.redress.portal.StaffLanguage#bundle(Class)}.
 * Not the public pages' {@code msg}: those follow the complainant's language, these the staff member's.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    // --- words for codes (staff_en.properties) -------------------------------------------------
    @Message
    String status(Complaint.Status status);

    @Message
    String category(Category category);

    @Message
    String contactRole(ContactRole role);

    @Message
    String consent(ConsentKind kind);

    @Message
    String caseStatus(CaseStatus status);

    @Message
    String chart(ComplaintStatistics.Dimension dimension);

    @Message
    String dimension(ComplaintStatistics.Dimension dimension);

    // --- shared ---------------------------------------------------------------------------------
    @Message("Company")
    String company();

    @Message("Category")
    String category_label();

    @Message("Status")
    String status_label();

    @Message("Campaign")
    String campaign();

    @Message("Text")
    String text();

    @Message("Complaints")
    String complaints();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("none")
    String none();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("choose…")
    String choose();

    @Message("Not saved.")
    String not_saved();

    @Message("Please correct the fields marked below.")
    String correct_fields();

    @Message("Or type the case's reference")
    String or_type_reference();

    @Message("{count} complaints")
    String n_complaints(long count);

    // --- sub-navigation -------------------------------------------------------------------------
    @Message("Triage desk")
    String subnav();

    @Message("Queue")
    String subnav_queue();

    @Message("Similar complaints")
    String subnav_groups();

    @Message("Statistics")
    String subnav_statistics();

    @Message("Campaigns")
    String subnav_campaigns();

    @Message("Organisations")
    String subnav_organisations();

    // --- filters --------------------------------------------------------------------------------
    @Message("Filter complaints")
    String filter_label();

    @Message("waiting or triaged")
    String filter_any_status();

    @Message("any")
    String filter_any();

    @Message("Country")
    String filter_country();

    @Message("Search the text")
    String filter_q();

    @Message("Filter")
    String filter_submit();

    @Message("Clear")
    String filter_clear();

    @Message("{#when field}{#is 'status'}Status{#is 'company'}Company{#is 'category'}Category{#is 'country'}Country{#is 'campaign'}Campaign{#is 'from'}From{#is 'to'}To{#is 'q'}Search the text{#is 'group'}Group{#is 'page'}Page{#else}{field}{/when}")
    String filter_field(String field);

    // --- case search ----------------------------------------------------------------------------
    @Message("Find a case by reference or title")
    String find_case_label();

    @Message("Find")
    String find_case_submit();

    @Message("Cases cannot be reached just now, so no case could be found. Type the case's reference instead.")
    String cases_unavailable();

    @Message("No case's reference or title contains “{query}”.")
    String cases_none(String query);

    @Message("Cases found")
    String cases_found();

    @Message(" (the newest {shown} of {total}: search more precisely for the others)")
    String cases_found_more(int shown, long total);

    // --- queue ----------------------------------------------------------------------------------
    @Message("Triage")
    String queue_title();

    @Message("Nothing was changed.")
    String nothing_changed();

    @Message("Showing one group of similar complaints.")
    String queue_one_group();

    @Message("Show the whole queue")
    String queue_whole();

    @Message("{#if count == 1}complaint matches{#else}complaints match{/if}")
    String queue_matching(long count);

    @Message("Find a case to link")
    String queue_find_case();

    @Message("Newest first. Page {page}.")
    String queue_caption(int page);

    @Message("Choose")
    String queue_choose();

    @Message("Reference")
    String queue_reference();

    @Message("Files")
    String queue_files();

    @Message("Similar")
    String queue_similar();

    @Message("Submitted")
    String queue_submitted();

    @Message("Choose {reference}")
    String queue_choose_one(String reference);

    @Message("{count} similar")
    String queue_n_similar(long count);

    @Message("No complaint matches.")
    String queue_empty();

    @Message("With")
    String queue_with();

    @Message("the complaints chosen above")
    String queue_scope_chosen();

    @Message("all {count} complaints that match the filter")
    String queue_scope_all(long count);

    @Message("Do")
    String queue_do();

    @Message("Action")
    String queue_action();

    @Message("Open a new case with them (in Cases)")
    String action_case();

    @Message("Link them to an existing case")
    String action_link();

    @Message("Mark as duplicates")
    String action_duplicate();

    @Message("Mark as spam")
    String action_spam();

    @Message("Close")
    String action_close();

    @Message("Mark as under review")
    String action_review();

    @Message("Case reference (to link)")
    String queue_case_reference();

    @Message("Duplicates of (reference; empty: the earliest chosen)")
    String queue_original();

    @Message("Do it")
    String queue_submit();

    @Message("Pages")
    String pages();

    @Message("Newer")
    String newer();

    @Message("Older")
    String older();

    // --- similar complaints ---------------------------------------------------------------------
    @Message("Complaints about the same company and category whose texts are the same once case, punctuation and spacing are set aside — typically the sign-ups of one campaign. Open a group to act on all of it at once.")
    String groups_intro();

    @Message("Latest")
    String groups_latest();

    @Message("No two matching complaints are alike.")
    String groups_empty();

    // --- a new case with the chosen complaints ---------------------------------------------------
    @Message("A new case with {count} {#if count == 1}complaint{#else}complaints{/if}")
    String selection_title(int count);

    @Message("Nothing was linked.")
    String nothing_linked();

    @Message("The complaints you chose:")
    String selection_chosen();

    @Message("The complaints you chose (the first {shown} shown):")
    String selection_chosen_first(int shown);

    @Message("Open the new-case form in Cases")
    String selection_open_form();

    @Message("— it starts with these complaints (and links back here).")
    String selection_open_form_after();

    @Message("Once the case is open, come back to this page and link the complaints to it:")
    String selection_come_back();

    @Message("Find the case")
    String selection_find_case();

    @Message("Case")
    String selection_case();

    @Message("Link them")
    String selection_submit();

    // --- one complaint --------------------------------------------------------------------------
    @Message("Complaint {reference}")
    String complaint_title(String reference);

    @Message("duplicate of")
    String complaint_duplicate_of();

    @Message("another complaint")
    String complaint_another();

    @Message("Case")
    String complaint_case();

    @Message("Name")
    String complaint_name();

    @Message("Email")
    String complaint_email();

    @Message("Country of residence")
    String complaint_country();

    @Message("Service")
    String complaint_service();

    @Message("Started on")
    String complaint_started_on();

    @Message("Contacted the company")
    String complaint_contacted();

    @Message("yes, on {date}")
    String complaint_contacted_on(LocalDate date);

    @Message("Language")
    String complaint_language();

    @Message("Verified")
    String complaint_verified();

    @Message("Erased")
    String complaint_erased();

    @Message("What happened")
    String complaint_what_happened();

    @Message("Erased by the complainant.")
    String complaint_text_erased();

    @Message("{mediaType}, {size} bytes")
    String complaint_file(String mediaType, long size);

    @Message("No files.")
    String complaint_no_files();

    @Message("Consents")
    String complaint_consents();

    @Message("wording {version}, {language}")
    String complaint_consent_wording(String version, String language);

    @Message("given {at}")
    String complaint_consent_given(String at);

    @Message("withdrawn {at}")
    String complaint_consent_withdrawn(String at);

    @Message("Decide")
    String complaint_decide();

    @Message("Decision")
    String complaint_decision();

    @Message("Duplicate of…")
    String complaint_duplicate_choice();

    @Message("Duplicate of (reference)")
    String complaint_original();

    @Message("Save the decision")
    String complaint_save();

    @Message("Link to a case")
    String complaint_link_title();

    @Message("Find the case to link")
    String complaint_find_case();

    @Message("Case reference")
    String complaint_case_reference();

    @Message("Link")
    String complaint_link();

    @Message("History")
    String complaint_history();

    @Message("When")
    String complaint_when();

    @Message("Who")
    String complaint_who();

    @Message("What")
    String complaint_what();

    @Message("No staff change yet.")
    String complaint_no_history();

    @Message("changed the status from {from} to {to}")
    String history_status(String from, String to);

    @Message("moved it from case {from} to case {to}")
    String history_moved(String from, String to);

    @Message("linked it to case {reference}")
    String history_linked(String reference);

    // --- campaigns ------------------------------------------------------------------------------
    @Message("New campaign")
    String campaigns_new();

    @Message("Landing page")
    String campaigns_landing_page();

    @Message("Against")
    String campaigns_against();

    @Message("Open")
    String campaigns_open();

    @Message("Verified sign-ups")
    String campaigns_verified();

    @Message("open")
    String campaigns_is_open();

    @Message("closed")
    String campaigns_is_closed();

    @Message("No campaign yet.")
    String campaigns_empty();

    @Message("Campaign {slug}")
    String campaign_title(String slug);

    @Message("Slug (the landing page's address /c/…)")
    String campaign_slug();

    @Message("Title")
    String campaign_title_label();

    @Message("Description")
    String campaign_description();

    @Message("Wording of the collective-action mandate")
    String campaign_mandate();

    @Message("Open for sign-ups")
    String campaign_open();

    @Message("Save")
    String campaign_save();

    // --- organisations --------------------------------------------------------------------------
    @Message("The companies the public complaint form offers. A complainant may also type in a company that is not listed.")
    String organisations_intro();

    @Message("Name")
    String organisations_name();

    @Message("Seat")
    String organisations_seat();

    @Message("EU/EEA establishment")
    String organisations_eu();

    @Message("triage queue")
    String organisations_queue();

    @Message("Add an organisation")
    String organisations_add_title();

    @Message("Not added.")
    String organisations_not_added();

    @Message("Country of its seat")
    String organisations_country();

    @Message("The group's establishment in the EU/EEA")
    String organisations_eu_entity();

    @Message("Add")
    String organisations_add();

    @Message("where a notice goes")
    String organisations_contacts();

    @Message("Where a formal notice goes")
    String contacts_title();

    @Message("The addresses a formal notice to this organisation is sent to, and the language to write to each in. Cases whose respondent is this organisation use them.")
    String contacts_intro();

    @Message("No address yet.")
    String contacts_none();

    @Message("Whom it reaches")
    String contacts_role();

    @Message("Email address")
    String contacts_email();

    @Message("Write in")
    String contacts_language();

    @Message("Remove")
    String contacts_remove();

    @Message("Remove {email}")
    String contacts_remove_named(String email);

    @Message("Add an address")
    String contacts_add_title();

    @Message("Not added.")
    String contacts_not_added();

    @Message("Choose…")
    String contacts_choose();

    @Message("Add the address")
    String contacts_add();

    // --- statistics -----------------------------------------------------------------------------
    @Message("Complaints with a confirmed email address (erased ones included, as anonymous figures), by the day they were submitted (UTC).")
    String statistics_intro();

    @Message("Show")
    String statistics_show();

    @Message("Download as CSV")
    String statistics_csv();

    @Message("Bar")
    String statistics_bar();

    @Message("No complaints.")
    String statistics_empty();

    // --- what an action did (Notices) -----------------------------------------------------------
    @Message("{#if count == 1}1 complaint{#else}{count} complaints{/if} marked {#when status}{#is 'UNDER_REVIEW'}under review{#is 'DUPLICATE'}duplicate{#is 'SPAM'}spam{#else}closed{/when}")
    String notice_decided(int count, String status);

    @Message("{#if count == 1}1 complaint{#else}{count} complaints{/if} linked to {reference}")
    String notice_linked(int count, String reference);

    @Message("; {count} were already")
    String notice_already_decided(int count);

    @Message("; {count} were already part of it")
    String notice_already_linked(int count);

    // --- refusals: the services' and the pages' messages beside a field or in the conflict box ---
    @Message("is required")
    String error_required();

    @Message("is longer than {max} characters")
    String error_too_long(int max);

    @Message("must be a date such as 2026-05-27")
    String error_date();

    @Message("must be a two-letter country code such as {example}")
    String error_country(String example);

    @Message("must not be before from")
    String error_to_before_from();

    @Message("must be the key of a group of similar complaints")
    String error_group();

    @Message("must be a whole number from {min} to {max}")
    String error_number(String min, String max);

    @Message("choose one of the offered values")
    String error_choose_value();

    @Message("choose at least one complaint, or act on the whole result")
    String error_no_complaint();

    @Message("is not a complaint id")
    String error_not_a_complaint_id();

    @Message("choose what to do with the complaints")
    String error_choose_action();

    @Message("choose a decision")
    String error_choose_decision();

    @Message("choose 1 to {max} complaints")
    String error_complaint_count(String max);

    @Message("{count} of the chosen complaints no longer exist")
    String error_gone(String count);

    @Message("is only for marking duplicates")
    String error_original_only_duplicates();

    @Message("no complaint has the reference {reference}")
    String error_no_such_reference(String reference);

    @Message("no complaint has this reference")
    String error_no_reference();

    @Message("is required for the status DUPLICATE: the complaint this one repeats")
    String error_duplicate_required();

    @Message("no complaint has this id")
    String error_no_complaint_id();

    @Message("must be another complaint")
    String error_duplicate_self();

    @Message("must be a case reference such as CASE-2026-0042")
    String error_case_reference();

    @Message("choose one of the cases found or type a reference, not both")
    String error_case_not_both();

    @Message("reload the page and decide again")
    String error_version_decide();

    @Message("reload the page and make the change again")
    String error_version_change();

    @Message("no organisation in the list has this id")
    String error_no_organisation();

    @Message("must be lower-case letters and digits in words joined by single hyphens, e.g. meta-ai-training")
    String error_slug();

    @Message("is required, at most 200 characters")
    String error_name();

    @Message("is already in the list")
    String error_name_taken();

    @Message("Complaint {reference} is not verified yet: the complainant has not confirmed their email address, so it cannot be triaged.")
    String conflict_not_verified(String reference);

    @Message("Complaint {reference} was withdrawn and erased by the complainant; it cannot be changed.")
    String conflict_erased(String reference);

    @Message("Complaint {reference} was changed by someone else since you read it. Read it again and decide again.")
    String conflict_complaint_stale(String reference);

    @Message("The filter matches more than {max} complaints; narrow it down to act on all of them at once.")
    String conflict_too_many(String max);

    @Message("{count} of the complaints cannot be linked because they are not verified yet (RECEIVED) or erased (ERASED): {references}. Nothing was linked.")
    String conflict_not_linkable(String count, String references);

    @Message("{count} of the chosen complaints are not verified yet or were erased; nothing was changed. Narrow the selection to verified complaints.")
    String conflict_not_triageable(String count);

    @Message("A campaign with the slug {slug} already exists.")
    String conflict_slug_taken(String slug);

    @Message("The campaign was changed by someone else since you read it; it is now at version {version}. Read it again and reapply your change.")
    String conflict_campaign_stale(String version);

    @Message("This selection of complaints is no longer kept (a day at most, and only for who made it). Choose the complaints again on the triage desk.")
    String selection_gone();
}
