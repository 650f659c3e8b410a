package org.redress.notifications.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.notifications.NotificationsConfig;
import org.redress.notifications.delivery.Email;
import org.redress.notifications.delivery.EmailTemplates;
import org.redress.notifications.digest.DigestWindow.Section;
import org.redress.notifications.reminder.ReminderMail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Words and renders a staff member's daily digest in English, German or French, in the look of the
 * reminders ({@link ReminderMail}), each deadline linked to its case page. A day with nothing to
 * say has no digest.
 */
@ApplicationScoped
public class DigestMail {

    public static final String KIND = "digest";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(DigestLetter letter);

        static native TemplateInstance text(DigestLetter letter);
    }

    private final ReminderMail reminders;
    private final NotificationsConfig.Digest config;

    public DigestMail(ReminderMail reminders, NotificationsConfig config) {
        this.reminders = reminders;
        this.config = config.digest();
    }

    /** The digest of {@code window} to {@code recipient}; empty when none of {@code deadlines} falls in a section. */
    public Optional<Email> render(String recipient, String language, ZoneId zone, DigestWindow window,
            List<DueDeadline> deadlines) {
        Map<Section, List<DueDeadline>> sections = new EnumMap<>(Section.class);
        for (DueDeadline deadline : deadlines) {
            window.sectionOf(deadline.dueAt())
                    .ifPresent(section -> sections.computeIfAbsent(section, s -> new ArrayList<>()).add(deadline));
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        DigestLetter letter = letter(reminders.language(language), zone, window, sections);
        return Optional.of(new Email(KIND, null, null, recipient, letter.subject(),
                EmailTemplates.render(Templates.text(letter), letter.language()),
                EmailTemplates.render(Templates.html(letter), letter.language())));
    }

    DigestLetter letter(String language, ZoneId zone, DigestWindow window, Map<Section, List<DueDeadline>> sections) {
        DigestMessages msg = language.equals("en") ? MessageBundles.get(DigestMessages.class)
                : MessageBundles.get(DigestMessages.class, Localized.Literal.of(language));
        Locale locale = Locale.forLanguageTag(language);
        String day = DateTimeFormatter.ofPattern(msg.dayPattern(), locale).format(window.day());
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(msg.dateTimePattern(), locale);
        List<DigestLetter.Section> shown = new ArrayList<>();
        for (Section section : Section.values()) {
            List<DueDeadline> due = sections.getOrDefault(section, List.of());
            if (due.isEmpty()) {
                continue;
            }
            List<DigestLetter.Item> items = due.stream().limit(config.maxPerSection())
                    .map(d -> item(d, section, msg, dateTime)).toList();
            int more = due.size() - items.size();
            shown.add(new DigestLetter.Section(title(section, msg), due.size(), items, more > 0 ? msg.more(more) : null));
        }
        String subject = msg.subject(day, count(sections, Section.OVERDUE), count(sections, Section.TODAY),
                count(sections, Section.WEEK));
        String lateNote = window.isLate(config.lateAfter())
                ? msg.lateNote(window.dueAt().toLocalTime().toString(), zone.getId())
                : null;
        return new DigestLetter(language, subject, lateNote, msg.intro(day), shown,
                msg.why(config.at().toString(), zone.getId()), msg.signature());
    }

    private DigestLetter.Item item(DueDeadline deadline, Section section, DigestMessages msg, DateTimeFormatter format) {
        String kind = deadline.kind().toLowerCase(Locale.ROOT).replace('_', ' ');
        String about = deadline.respondent() == null ? kind : deadline.respondent() + " · " + kind;
        String due = local(deadline.dueAt(), deadline.zone(), format);
        return new DigestLetter.Item(deadline.caseReference(), deadline.caseTitle(), about,
                section == Section.OVERDUE ? msg.ended(due) : msg.ends(due), reminders.caseLink(deadline.caseReference()));
    }

    private static String title(Section section, DigestMessages msg) {
        return switch (section) {
            case OVERDUE -> msg.overdueTitle();
            case TODAY -> msg.todayTitle();
            case WEEK -> msg.weekTitle();
        };
    }

    private static int count(Map<Section, List<DueDeadline>> sections, Section section) {
        return sections.getOrDefault(section, List.of()).size();
    }

    private static String local(Instant instant, String zone, DateTimeFormatter format) {
        ZoneId id = ZoneId.of(zone);
        return format.format(instant.atZone(id)) + " (" + id.getId() + ")";
    }
}
