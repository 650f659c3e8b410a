package org.redress.systemtests;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads an email as its recipient does: its plain-text part and the link it is about. */
final class MailLinks {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private MailLinks() {
    }

    /** The first web address in the plain-text part of {@code mail}: the link the email is about. */
    static String linkIn(MimeMessage mail) {
        String text = textOf(mail);
        if (text == null) {
            throw new AssertionError("the email has no plain-text part");
        }
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link in the email: " + text);
        }
        return matcher.group();
    }

    static String textOf(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = textOf(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
