package org.redress.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redress.platform.events.CloudEvent;
import org.redress.platform.events.EventCodec;

/**
 * Writes an event in the same transaction as the change it describes (the transactional outbox):
 * the event is published if and only if the change commits, and survives a broker outage.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(EventCodec codec, Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.codec = codec;
        this.written = written;
        this.source = source;
    }

    /** Records {@code data} as an event of {@code type} about {@code subject}, to go to {@code address}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String address, String type, String subject, Object data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CloudEvent event = CloudEvent.of(source, type, subject, now, codec.tree(data));
        OutboxMessage message = new OutboxMessage();
        message.id = event.id();
        message.address = address;
        message.type = type;
        message.subject = subject;
        message.payload = codec.write(event);
        message.createdAt = now;
        message.persist();
        written.fire(new OutboxWritten(type));
        return event;
    }
}
