package org.redress.notifications.complainant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the emails to complainants, in English; German and French in
 * {@code messages/complainant_de.properties} and {@code messages/complainant_fr.properties}.
 * Plain text: the HTML template escapes it.
 */
@MessageBundle(value = "complainant", locale = "en")
public interface ComplainantMessages {

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Hello,")
    String greetingWithoutName();

    // complaint-verification
    @Message("Please confirm your email address for complaint {reference}")
    String verificationSubject(String reference);

    @Message("Thank you for your complaint{#if campaignTitle} in the campaign “{campaignTitle}”{/if}."
            + " Please confirm that this email address is yours: we start working on your complaint once you have.")
    String verificationIntro(String campaignTitle);

    @Message("Confirm my email address")
    String verificationAction();

    @Message("If you do not confirm it within {days} days, we delete your complaint and everything you told us."
            + " If you did not send us a complaint, you can ignore this email.")
    String verificationNote(int days);

    // complaint-acknowledgement
    @Message("We received your complaint {reference}")
    String acknowledgementSubject(String reference);

    @Message("Thank you for confirming your email address. We received your complaint{#if campaignTitle} in the"
            + " campaign “{campaignTitle}”{/if}. Its reference is {reference}: please quote it whenever you write to us.")
    String acknowledgementIntro(String reference, String campaignTitle);

    @Message("See my complaint")
    String acknowledgementAction();

    @Message("On this page you can follow your complaint, download your data, or withdraw your complaint and have"
            + " it erased. Anyone who has this link can do the same, so please keep it private and do not forward this email.")
    String acknowledgementNote();

    // complaint-status-link
    @Message("Your link to complaint {reference}")
    String statusLinkSubject(String reference);

    @Message("Here is the new link to your complaint {reference} that you asked for.")
    String statusLinkIntro(String reference);

    @Message("See my complaint")
    String statusLinkAction();

    @Message("Earlier links to this complaint no longer work. Please keep this link private: anyone who has it can"
            + " see and withdraw your complaint. If you did not ask for it, you can ignore this email.")
    String statusLinkNote();

    // every email
    @Message("If the button does not work, copy this address into your browser:")
    String linkHint();

    @Message("Thank you for standing up for your data.")
    String closing();

    @Message("Your Redress team")
    String signature();
}
