package org.redress.notifications.support;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The plain-text and the HTML part of a received multipart email. */
public record MailParts(String text, String html) {

    /** The HTML part's characters outside US-ASCII arrive as numeric references (AsciiHtml): read as the characters. */
    private static final Pattern NON_ASCII_REFERENCE = Pattern.compile("&#(\\d{3,7});");

    public static MailParts of(Part mail) {
        try {
            return new MailParts(find(mail, "text/plain"), nonAsciiDecoded(find(mail, "text/html")));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonAsciiDecoded(String html) {
        if (html == null) {
            return null;
        }
        return NON_ASCII_REFERENCE.matcher(html).replaceAll(reference -> {
            int codePoint = Integer.parseInt(reference.group(1));
            return codePoint < 128 ? reference.group() : Matcher.quoteReplacement(Character.toString(codePoint));
        });
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
