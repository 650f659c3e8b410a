package org.redress.notifications.complaint;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.notifications.delivery.Email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The email that tells a complainant their complaint arrived, with its reference. */
@ApplicationScoped
public class AcknowledgementMail {

    public static final String KIND = "complaint-acknowledgement";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(ComplaintSubmitted complaint);

        static native TemplateInstance text(ComplaintSubmitted complaint);
    }

    public Email render(ComplaintSubmitted complaint) {
        return new Email(KIND, complaint.reference(), complaint.email(),
                "We received your complaint " + complaint.reference(),
                Templates.text(complaint).render(),
                Templates.html(complaint).render());
    }
}
