package org.redress.complaints.campaign;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.redress.complaints.category.Category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A collective action against one company that the public joins through its landing page
 * {@code /c/{slug}}: the form comes pre-filled with the campaign's company and category, and the
 * collective-action consent shows the campaign's own wording (the mandate to be represented).
 */
@Entity
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Lower-case words joined by hyphens, e.g. {@code meta-ai-training}. */
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    /** The target: an organisation from the list. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String description;

    /** The wording of the collective-action consent shown on the landing page. */
    @Column(name = "collective_action_consent", nullable = false)
    public String collectiveActionConsent;

    /** Only an open campaign accepts complaints. */
    @Column(nullable = false)
    public boolean open;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Optional<Campaign> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
