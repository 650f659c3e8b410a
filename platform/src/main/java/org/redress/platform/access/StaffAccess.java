package org.redress.platform.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One time a staff member opened personal data: who (the Keycloak user name), what, about what (a
 * complaint's id, say; none for a list), and when. Never personal data in {@code detail}.
 */
@Entity
@Table(name = "staff_access")
public class StaffAccess extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public UUID subject;

    public String detail;

    @Column(nullable = false)
    public OffsetDateTime at;
}
