package org.redress.notifications.pages;

import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.redress.notifications.reminder.ReminderMail;
import org.redress.portal.StaffLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reminders of a case: those to come, and those sent (late ones marked), superseded or cancelled. */
@Path("/staff/cases/{reference}/reminders")
@RolesAllowed("staff")
@Produces(MediaType.TEXT_HTML)
public class CaseRemindersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminders(String reference, CaseReminders.Reminders reminders, String caseLink,
                String logLink);
    }

    private final CaseReminders reminders;
    private final ReminderMail mail;
    private final StaffLanguage language;

    public CaseRemindersPage(CaseReminders reminders, ReminderMail mail, StaffLanguage language) {
        this.reminders = reminders;
        this.mail = mail;
        this.language = language;
    }

    @GET
    public TemplateInstance show(@PathParam("reference") String reference) {
        LogQuery log = new LogQuery();
        log.reference = reference;
        DateTimeFormatter format = DateTimeFormatter.ofPattern(language.bundle(StaffMessages.class).reminders_time_pattern(),
                language.locale());
        return Templates.reminders(reference, reminders.of(reference, format), mail.caseLink(reference), log.link(0));
    }
}
