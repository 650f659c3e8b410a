package org.redress.portal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON of notifications-service's {@code GET /api/smtp-status}, written and read here so that both
 * ends agree: {@code {"heldBack":true,"failingSince":"2026-11-29T06:00:00Z"}}.
 */
public final class SmtpStatusJson {

    private static final Pattern HELD_BACK = Pattern.compile("\"heldBack\"\\s*:\\s*(true|false)");
    private static final Pattern SINCE = Pattern.compile("\"failingSince\"\\s*:\\s*\"([^\"]+)\"");

    private SmtpStatusJson() {
    }

    public static String write(boolean heldBack, Instant failingSince) {
        return "{\"heldBack\":" + heldBack + ",\"failingSince\":" + (failingSince == null ? "null" : "\"" + failingSince + "\"")
                + "}";
    }

    /** The status in {@code json}; {@link ReminderStatus#UNKNOWN} when it is not what notifications-service writes. */
    static ReminderStatus read(String json) {
        Matcher heldBack = HELD_BACK.matcher(json);
        if (!heldBack.find()) {
            return ReminderStatus.UNKNOWN;
        }
        if (!Boolean.parseBoolean(heldBack.group(1))) {
            return ReminderStatus.FLOWING;
        }
        Matcher since = SINCE.matcher(json);
        try {
            return ReminderStatus.heldBackSince(since.find() ? Instant.parse(since.group(1)) : null);
        } catch (DateTimeParseException e) {
            return ReminderStatus.heldBackSince(null);
        }
    }
}
