package org.redress.notifications.complainant;

import java.util.Arrays;
import java.util.Optional;

/** The emails complaints-service can ask for ({@code kind} of a notification request), and the words of each. */
enum MailKind {

    /** "Confirm your email address": the link verifies the complaint. */
    VERIFICATION("complaint-verification") {
        @Override
        Wording wording(ComplainantMessages msg, NotificationRequested request, int unconfirmedDays) {
            return new Wording(msg.verificationSubject(request.reference()), msg.verificationIntro(request.campaignTitle()),
                    msg.verificationAction(), msg.verificationNote(unconfirmedDays));
        }
    },

    /** "We received your complaint": the link is the complaint's secret status page. */
    ACKNOWLEDGEMENT("complaint-acknowledgement") {
        @Override
        Wording wording(ComplainantMessages msg, NotificationRequested request, int unconfirmedDays) {
            return new Wording(msg.acknowledgementSubject(request.reference()),
                    msg.acknowledgementIntro(request.reference(), request.campaignTitle()),
                    msg.acknowledgementAction(), msg.acknowledgementNote());
        }
    },

    /** "Here is the link you asked for": a new status link; the earlier ones no longer work. */
    STATUS_LINK("complaint-status-link") {
        @Override
        Wording wording(ComplainantMessages msg, NotificationRequested request, int unconfirmedDays) {
            return new Wording(msg.statusLinkSubject(request.reference()), msg.statusLinkIntro(request.reference()),
                    msg.statusLinkAction(), msg.statusLinkNote());
        }
    };

    final String id;

    MailKind(String id) {
        this.id = id;
    }

    abstract Wording wording(ComplainantMessages msg, NotificationRequested request, int unconfirmedDays);

    static Optional<MailKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
