package org.redress.complaints.web;

import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.consent.ConsentKind;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the public pages, in English; {@code messages/msg_de.properties} and
 * {@code messages/msg_fr.properties} translate each key. Templates use {@code {msg:key}}; Java code
 * gets the bundle of a language through {@link PageLanguage#messages()}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // --- layout ---------------------------------------------------------------------------------
    @Message("Skip to the content")
    String skip_link();

    @Message("Language")
    String language_switch();

    @Message("{#when code}{#is 'de'}Deutsch{#is 'fr'}Français{#else}English{/when}")
    String language_name(String code);

    @Message("{organisation} helps people whose personal data a company misuses.")
    String footer_text(String organisation);

    @Message("Find the link to my complaint")
    String footer_status_link();

    @Message("Privacy notice")
    String privacy_notice();

    @Message("Imprint")
    String imprint();

    // --- the complaint form ---------------------------------------------------------------------
    @Message("Complain about a company's use of your data")
    String form_title();

    @Message("Tell us what happened. We check every complaint and may act against the company, together with others who complain about the same thing. Fields marked optional can stay empty.")
    String form_intro();

    @Message("There is a problem with what you sent")
    String errors_title();

    @Message("optional")
    String optional();

    @Message("About you")
    String section_you();

    @Message("Your name")
    String name_label();

    @Message("Your email address")
    String email_label();

    @Message("We send you a link to confirm it. Your complaint counts only once you have confirmed it.")
    String email_hint();

    @Message("Country where you live")
    String country_label();

    @Message("Choose a country")
    String choose_country();

    @Message("The company")
    String section_company();

    @Message("Company")
    String organisation_label();

    @Message("Choose a company")
    String choose_organisation();

    @Message("Other: I type its name below")
    String organisation_other();

    @Message("Company name, if it is not in the list")
    String company_label();

    @Message("Service concerned")
    String service_label();

    @Message("For example Facebook, Instagram or WhatsApp.")
    String service_hint();

    @Message("What went wrong")
    String section_what();

    @Message("What is the problem about?")
    String category_label();

    @Message("Choose what fits best")
    String choose_category();

    @Message("{#when category}{#is AI_TRAINING}My data is used to train AI{#is ACCESS_REQUEST_UNANSWERED}My request to see my data was not answered{#is OBJECTION_IGNORED}My objection was ignored{#is CONSENT_NOT_ASKED}I was not asked for my consent{#is TRACKING}I am tracked{#is DATA_BREACH}My data was leaked (data breach){#else}Something else{/when}")
    String category(Category category);

    @Message("What happened?")
    String text_label();

    @Message("In your own words. Please do not include other people's personal data.")
    String text_hint();

    @Message("When did it start?")
    String started_on_label();

    @Message("Have you already contacted the company or objected?")
    String contacted_label();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("When did you contact them?")
    String contacted_on_label();

    @Message("Only if you answered yes.")
    String contacted_on_hint();

    @Message("Evidence")
    String section_files();

    @Message("Files")
    String files_label();

    @Message("Up to 5 files: PDF, PNG, JPEG or plain text, at most 10 MB each. To send several, select them together in the file picker. Screenshots or letters help us.")
    String files_hint();

    @Message("Your consent")
    String section_consents();

    @Message("The first one is needed to handle your complaint; the others are your choice and you can withdraw them at any time.")
    String consents_hint();

    @Message("How {organisation} handles your data: privacy notice")
    String consents_privacy_notice(String organisation);

    @Message("Leave this field empty")
    String honeypot_label();

    @Message("Send my complaint")
    String submit();

    /** The field a mistake is in, as the error summary names it; empty when the message says it all. */
    @Message("{#when field}{#is 'name'}Your name{#is 'email'}Your email address{#is 'country'}Country{#is 'organisation'}Company{#is 'company'}Company name{#is 'service'}Service concerned{#is 'category'}What the problem is about{#is 'text'}What happened{#is 'startedOn'}When it started{#is 'contactedOn'}When you contacted them{#is 'consentToProcessing'}Consent{#else}{/when}")
    String field_name(String field);

    // --- validation messages ------------------------------------------------------------------
    @Message("Please fill this in.")
    String error_required();

    @Message("Please choose one from the list.")
    String error_choose();

    @Message("This is too long: at most {max} characters.")
    String error_too_long(int max);

    @Message("Enter an email address like name@example.org.")
    String error_email();

    @Message("Enter a date as day, month and year.")
    String error_date();

    @Message("This date is in the future: enter a date up to today.")
    String error_future();

    @Message("Choose the company from the list, or choose “Other” and type its name.")
    String error_company();

    @Message("Enter when you contacted the company.")
    String error_contacted_on();

    @Message("We can only handle your complaint if you agree to this.")
    String error_consent_processing();

    @Message("The consent texts have changed since you opened this page. Please read them again and send the form.")
    String error_consent_version();

    @Message("File {number} ({name}) cannot be accepted: send a PDF, PNG, JPEG or plain text file of at most 10 MB.")
    String error_file(int number, String name);

    @Message("You chose {count} files: choose at most {max}, together.")
    String error_too_many_files(int count, int max);

    @Message("This campaign no longer accepts sign-ups.")
    String error_campaign();

    @Message("Please check this.")
    String error_other();

    @Message("Your files were not kept: please choose them again.")
    String files_again();

    // --- thank you ----------------------------------------------------------------------------
    @Message("Thank you: please confirm your email address")
    String thanks_title();

    @Message("We have received your complaint. We have sent you an email with a link: please open it to confirm your address. Your complaint counts only once you have confirmed it.")
    String thanks_text();

    @Message("Your reference: {reference}")
    String thanks_reference(String reference);

    @Message("No email? Look in your spam folder. The link works for 7 days.")
    String thanks_spam();

    // --- campaign -----------------------------------------------------------------------------
    @Message("{#when count}{#is 0}Nobody has joined yet. Be the first.{#is 1}1 person has joined.{#else}{count} people have joined.{/when}")
    String campaign_count(long count);

    @Message("Join this campaign")
    String campaign_join();

    // --- errors (web/ErrorPage) ----------------------------------------------------------------
    @Message("{#when kind}{#is 'missing'}Page not found{#is 'refused'}This request could not be used{#is 'unavailable'}Not available right now{#else}Something went wrong on our side{/when}")
    String error_title(String kind);

    @Message("{#when kind}{#is 'missing'}There is no such page, or this campaign is closed.{#is 'refused'}Something in what was sent could not be used. Go back, check it and send it again.{#is 'unavailable'}Please try again in a few minutes.{#else}Nothing you did caused this. Please try again in a few minutes.{/when}")
    String error_text(String kind);

    @Message("Go to the complaint form")
    String error_home();

    // --- status page --------------------------------------------------------------------------
    @Message("Your complaint {reference}")
    String status_title(String reference);

    @Message("Where it stands")
    String status_state_label();

    @Message("{#when status}{#is RECEIVED}Received: please confirm your email address with the link we sent you.{#is VERIFIED}Confirmed: we will look at it soon.{#is UNDER_REVIEW}Under review: we are looking at it.{#is LINKED}Part of case {caseReference}.{#is DUPLICATE}Handled together with another complaint.{#is SPAM}Closed.{#is CLOSED}Closed.{#else}Erased.{/when}")
    String status_state(Complaint.Status status, String caseReference);

    @Message("What you told us")
    String status_details();

    @Message("Campaign")
    String campaign_label();

    @Message("News of the case")
    String case_updates();

    @Message("{#when status}{#is 'OPEN'}The case is open.{#is 'FORMAL_NOTICE_SENT'}A formal notice was sent to the company.{#is 'AWAITING_RESPONSE'}We are waiting for the company's answer.{#is 'ESCALATED'}The case was taken further.{#is 'SETTLED'}The case was settled.{#is 'WON'}The case was won.{#is 'LOST'}The case was lost.{#is 'CLOSED'}The case is closed.{#else}The case was updated.{/when}")
    String case_status(String status);

    @Message("Submitted on")
    String submitted_at_label();

    @Message("Files")
    String status_files();

    @Message("No files.")
    String status_no_files();

    @Message("{#when kind}{#is PROCESSING}Handling this complaint{#is COLLECTIVE_ACTION}Joining a collective action{#else}Updates by email{/when}")
    String consent_kind(ConsentKind kind);

    @Message("Given on {date}")
    String consent_given(String date);

    @Message("Withdrawn on {date}")
    String consent_withdrawn(String date);

    @Message("Withdraw")
    String withdraw();

    @Message("Your consent is withdrawn.")
    String withdrawn_notice();

    @Message("Your data")
    String status_your_data();

    @Message("Download all my data (ZIP)")
    String export_link();

    @Message("Withdraw and erase my complaint")
    String erase_link();

    @Message("Erase your complaint {reference}?")
    String erase_title(String reference);

    @Message("We delete your name, email address, what you told us, your files and your consents. This cannot be undone. Only an anonymous count remains (the company, the category, the country and the date).")
    String erase_text();

    @Message("Yes, erase my complaint")
    String erase_confirm();

    @Message("No, go back")
    String erase_cancel();

    @Message("Your complaint is erased")
    String erased_title();

    @Message("We have deleted your personal data and your files. Thank you for having told us.")
    String erased_text();

    @Message("This link no longer works")
    String status_unknown_title();

    @Message("The complaint may have been erased, or the link was copied incompletely. Enter your email address and we send you the links to your complaints again.")
    String status_unknown_text();

    // --- resend the status link ----------------------------------------------------------------
    @Message("Find the link to your complaint")
    String status_link_title();

    @Message("Enter the email address you used. We send the links to your complaints to that address.")
    String status_link_intro();

    @Message("Send me the link")
    String status_link_submit();

    @Message("Check your email")
    String status_link_sent_title();

    @Message("If we hold a complaint under this address, we have sent its link to it. It can take a few minutes.")
    String status_link_sent_text();
}
