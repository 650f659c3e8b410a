package org.redress.testsupport;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** What a test SMTP server received for one recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> of(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
    }

    public static List<String> subjects(GreenMail smtp, String recipient) {
        return of(smtp, recipient).stream().map(Mailbox::subject).toList();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
