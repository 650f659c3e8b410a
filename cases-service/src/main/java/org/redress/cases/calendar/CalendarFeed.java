package org.redress.cases.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A staff member's calendar feed: the hash of its secret address, and whose deadlines it lists. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    public String username;

    @Column(nullable = false)
    public String email;

    @Column(name = "secret_hash", nullable = false, unique = true)
    public byte[] secretHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When a calendar app last fetched the feed, to the hour; null if never. */
    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;
}
