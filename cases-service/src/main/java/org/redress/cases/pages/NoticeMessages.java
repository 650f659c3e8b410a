package org.redress.cases.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a case's formal notice on the staff pages: where a notice to the respondent goes (on
 * the case page) and the page that writes it, in English; {@code messages/notice_de.properties} and
 * {@code messages/notice_fr.properties} translate each key. Templates use {@code {notice:key}}. The
 * letters themselves are templates of their own ({@code templates/notice/}).
 */
@MessageBundle(value = "notice", locale = "en")
public interface NoticeMessages {

    @Message("Where a formal notice goes")
    String notice_goes_to();

    @Message("No address yet: add one on complaints-service's page of the organisation.")
    String notice_no_address();

    @Message("Not an organisation of the list: type its name as the list has it to use its addresses.")
    String notice_not_in_list();

    @Message("{#when role}{#is 'DPO'}Data protection officer{#is 'LEGAL'}Legal department{#else}General address{/when}")
    String contact_role(String role);

    @Message("write in")
    String write_in();

    @Message("Formal notice on {reference}")
    String notice_title(String reference);

    @Message("Write the formal notice")
    String notice_write();

    @Message("Not written.")
    String notice_not_written();

    @Message("Write in")
    String notice_language();

    @Message("What the company must do")
    String notice_demands();

    @Message("One demand a paragraph (a blank line between them). The letter adds the company, the legal grounds, the number of complaints, and the response period with its last day.")
    String notice_demands_hint();

    @Message("Preview the letter")
    String notice_preview();

    @Message("Download as PDF")
    String notice_pdf();

    @Message("The letter")
    String notice_preview_title();

    @Message("Subject:")
    String notice_subject();

    @Message("Sent it yourself, by post or from your own mailbox? Record it: the step \"Formal notice sent\" is recorded today with this letter attached as PDF, and the company's response period starts.")
    String notice_record_hint();

    @Message("Record as sent today")
    String notice_record();

    @Message("Send it by email from Redress to the addresses above: it leaves from the organisation's address with a reply address of this case's own, the letter in the body and as PDF. Once the mail server has accepted it, the step \"Formal notice sent\" is recorded that day with the PDF, and the response period starts.")
    String notice_send_hint();

    @Message("Send by email")
    String notice_send();

    @Message("Sent by email")
    String notice_sent_title();

    @Message("Being sent: the step is recorded once the mail server has accepted it.")
    String notice_sending();

    @Message("Sent {when}.")
    String notice_sent_at(String when);

    @Message("Not sent: {error}")
    String notice_failed(String error);

    @Message("See the step")
    String notice_see_step();

    @Message("{by}, {when}, to {to}")
    String notice_sent_by(String by, String when, String to);

    @Message("Replies go to {address}.")
    String notice_reply_to(String address);
}
