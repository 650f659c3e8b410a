package org.redress.notifications.delivery;

import java.util.List;

/**
 * What an email carries beyond its {@link Email} when its sender fixes it: the Message-ID (so that the
 * sender can tie replies to it), the From and Reply-To addresses, and its attachments.
 */
public record Envelope(String messageId, String sender, String replyTo, List<Attachment> attachments) {

    public Envelope {
        attachments = List.copyOf(attachments);
    }
}
