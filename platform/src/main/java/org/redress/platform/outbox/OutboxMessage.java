package org.redress.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event waiting in the service's own database to be published; its id is the event's id. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The broker address the event goes to, e.g. {@code complaint-events}. */
    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String type;

    public String subject;

    /** The whole CloudEvents JSON envelope, exactly as it will be sent. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
