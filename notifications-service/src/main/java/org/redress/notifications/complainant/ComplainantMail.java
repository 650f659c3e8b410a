package org.redress.notifications.complainant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * Words and renders every email to a complainant: one text and one HTML template for all kinds,
 * the sentences from {@link ComplainantMessages} in the complainant's language (English when
 * complaints-service asks for one Redress does not write).
 */
@ApplicationScoped
public class ComplainantMail {

    static final String DEFAULT_LANGUAGE = "en";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(Letter letter);

        static native TemplateInstance text(Letter letter);
    }

    private final NotificationsConfig config;

    public ComplainantMail(NotificationsConfig config) {
        this.config = config;
    }

    /** Every kind of email to a complainant this service writes (the template preview shows each). */
    public static List<String> kinds() {
        return Arrays.stream(MailKind.values()).map(kind -> kind.id).toList();
    }

    /** The email {@code request} asks for; empty when its kind is not one this service knows. */
    public Optional<Email> render(NotificationRequested request) {
        return MailKind.of(request.kind()).map(kind -> {
            Letter letter = letter(kind, request);
            return new Email(kind.id, request.complaintId(), request.reference(), request.recipientEmail(),
                    letter.subject(), EmailTemplates.render(Templates.text(letter), letter.language()),
                    EmailTemplates.render(Templates.html(letter), letter.language()));
        });
    }

    private Letter letter(MailKind kind, NotificationRequested request) {
        String language = language(request.language());
        ComplainantMessages msg = language.equals(DEFAULT_LANGUAGE) ? MessageBundles.get(ComplainantMessages.class)
                : MessageBundles.get(ComplainantMessages.class, Localized.Literal.of(language));
        Wording wording = kind.wording(msg, request, config.unconfirmedComplaintDays());
        String name = request.recipientName() == null ? "" : request.recipientName().strip();
        return new Letter(language, wording.subject(), name.isEmpty() ? msg.greetingWithoutName() : msg.greeting(name),
                wording.intro(), wording.action(), request.link(), msg.linkHint(), wording.note(), msg.closing(),
                msg.signature());
    }

    /** The language to write in: the requested one ({@code de}, {@code de-AT}, {@code DE}) if Redress writes it, else English. */
    static String language(String requested) {
        if (requested == null) {
            return DEFAULT_LANGUAGE;
        }
        String primary = requested.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Languages.isSupported(primary) ? primary : DEFAULT_LANGUAGE;
    }
}
