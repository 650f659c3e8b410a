package org.redress.notifications.reminder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.notifications.NotificationsConfig;
import org.redress.notifications.delivery.Email;
import org.redress.notifications.delivery.EmailTemplates;
import org.redress.portal.Languages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Words and renders the reminder emails to staff in English, German or French, each with a link to
 * the case page of cases-service ({@code <cases-url>/staff/cases/<reference>}).
 */
@ApplicationScoped
public class ReminderMail {

    public static final String KIND_PREFIX = "reminder-";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(StaffLetter letter);

        static native TemplateInstance text(StaffLetter letter);
    }

    private final NotificationsConfig config;

    public ReminderMail(NotificationsConfig config) {
        this.config = config;
    }

    /** The email of {@code reminder} of {@code deadline} to {@code recipient}, in {@code language}. */
    public Email render(Reminder reminder, TrackedDeadline deadline, String recipient, String language) {
        StaffLetter letter = letter(reminder, deadline, language(language));
        return new Email(kind(reminder.type), null, deadline.caseReference, recipient, letter.subject(),
                EmailTemplates.render(Templates.text(letter), letter.language()),
                EmailTemplates.render(Templates.html(letter), letter.language()));
    }

    public static String kind(ReminderPlan.Type type) {
        return KIND_PREFIX + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    StaffLetter letter(Reminder reminder, TrackedDeadline deadline, String language) {
        ReminderMessages msg = language.equals("en") ? MessageBundles.get(ReminderMessages.class)
                : MessageBundles.get(ReminderMessages.class, Localized.Literal.of(language));
        ZoneId zone = ZoneId.of(deadline.zone);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(msg.dateTimePattern(), Locale.forLanguageTag(language));
        String due = local(deadline.dueAt.toInstant(), zone, format);
        String ref = deadline.caseReference;
        boolean companyResponse = "COMPANY_RESPONSE".equals(deadline.kind);
        String subject;
        String intro;
        String nextSteps = null;
        switch (reminder.type) {
            case BEFORE -> {
                subject = msg.beforeSubject(ref, due);
                intro = msg.beforeIntro(ref, due);
            }
            case LAST_DAY -> {
                subject = msg.lastDaySubject(ref);
                intro = msg.lastDayIntro(ref, due);
            }
            default -> {
                subject = msg.endedSubject(ref, companyResponse);
                intro = msg.endedIntro(ref, due, companyResponse);
                nextSteps = msg.endedNextSteps();
            }
        }
        List<StaffLetter.Fact> facts = new ArrayList<>();
        facts.add(new StaffLetter.Fact(msg.caseLabel(), deadline.caseTitle == null ? ref : ref + " — " + deadline.caseTitle));
        if (deadline.respondent != null) {
            facts.add(new StaffLetter.Fact(msg.respondentLabel(), deadline.respondent));
        }
        if (deadline.startedByType != null) {
            String step = deadline.startedByType.toLowerCase(Locale.ROOT).replace('_', ' ');
            facts.add(new StaffLetter.Fact(msg.startedByLabel(),
                    deadline.startedByDate == null ? step : step + ", " + deadline.startedByDate));
        }
        facts.add(new StaffLetter.Fact(msg.dueLabel(), due));
        if (deadline.explanationSummary != null) {
            facts.add(new StaffLetter.Fact(msg.explanationLabel(), deadline.explanationSummary));
        }
        String lateNote = reminder.late ? msg.lateNote(local(reminder.dueAt.toInstant(), zone, format)) : null;
        return new StaffLetter(language, subject, lateNote, intro, facts, nextSteps, msg.action(), caseLink(ref),
                msg.linkHint(), msg.signature());
    }

    /** The case page in cases-service's staff pages. */
    public String caseLink(String reference) {
        String base = config.casesUrl().endsWith("/") ? config.casesUrl().substring(0, config.casesUrl().length() - 1)
                : config.casesUrl();
        return base + "/staff/cases/" + URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String local(Instant instant, ZoneId zone, DateTimeFormatter format) {
        return format.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The language to write in: the staff member's if Redress writes it, else the configured default. */
    public String language(String chosen) {
        String primary = chosen == null ? "" : chosen.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (Languages.isSupported(primary)) {
            return primary;
        }
        String fallback = config.staffLanguage().toLowerCase(Locale.ROOT);
        return Languages.isSupported(fallback) ? fallback : "en";
    }
}
