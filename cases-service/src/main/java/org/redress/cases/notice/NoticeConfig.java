package org.redress.cases.notice;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The formal notices cases-service writes and sends: who signs them, which address they leave from, where replies go. */
@ConfigMapping(prefix = "redress.cases.notice")
public interface NoticeConfig {

    /** The organisation that sends the notices, as the letter names and signs it. */
    @WithDefault("Redress")
    String sender();

    /**
     * The From of a formal notice sent by email: the organisation's own address, with its name; without
     * one, notifications-service's sender of every email.
     */
    Optional<String> from();

    /**
     * The mailbox the companies' replies go to. Each case answers to an address of its own in it,
     * {@code local+token@domain} (plus addressing, which every common mail server delivers to
     * {@code local@domain}). Without one, formal notices are not sent from Redress (staff send them
     * themselves and record them).
     */
    Optional<String> replyMailbox();
}
