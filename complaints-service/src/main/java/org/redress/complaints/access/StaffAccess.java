package org.redress.complaints.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One time a staff member opened complainants' personal data: who (the Keycloak user name), what,
 * which complaint (none for a campaign's mandates), and when. Never personal data in {@code detail}.
 */
@Entity
@Table(name = "staff_access")
public class StaffAccess extends PanacheEntityBase {

    /** One complaint with its personal data, on its staff page or through the API. */
    public static final String COMPLAINT_VIEWED = "complaint-viewed";
    /** One file of a complaint; the detail names the file by its id. */
    public static final String ATTACHMENT_DOWNLOADED = "attachment-downloaded";
    /** A campaign's list of who holds a mandate; the detail names the campaign and the format. */
    public static final String MANDATES_READ = "mandates-read";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "complaint_id")
    public UUID complaintId;

    public String detail;

    @Column(nullable = false)
    public OffsetDateTime at;
}
