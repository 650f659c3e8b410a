package org.redress.notifications.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.redress.portal.ReminderStatus;
import org.redress.portal.SmtpStatusJson;

/**
 * Whether reminders are held back by an SMTP outage, for the banner of the other services' staff
 * pages: {@code {"heldBack":true,"failingSince":"..."}}. Public on purpose (the other services ask
 * without a token, and a page must not wait for one); it tells nothing but this and the instant.
 */
@Path("/api/smtp-status")
@PermitAll
public class SmtpStatusResource {

    private final LocalReminderStatus status;

    public SmtpStatusResource(LocalReminderStatus status) {
        this.status = status;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        ReminderStatus current = status.current();
        return SmtpStatusJson.write(current.heldBack(), current.since());
    }
}
