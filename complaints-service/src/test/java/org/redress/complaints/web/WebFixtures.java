package org.redress.complaints.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.redress.complaints.campaign.Campaign;
import org.redress.complaints.category.Category;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.complaint.ComplaintService;
import org.redress.complaints.complaint.ComplaintSubmission;
import org.redress.complaints.complaint.StatusTokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Complaints and campaigns stored the way the service stores them, for the page tests. */
final class WebFixtures {

    static final UUID META = UUID.fromString("fdac1450-7fdd-4f96-9bc6-83f6af27aec2");

    private WebFixtures() {
    }

    /** A complaint as {@code ComplaintService} stores it, changed by {@code change}; answers its status link's token. */
    static String complaintWithToken(String email, String campaign, Consumer<Complaint> change) {
        ComplaintSubmission submission = new ComplaintSubmission("Jane Doe", email, "AT", null, "Meta Platforms Ireland Ltd",
                "Instagram", Category.AI_TRAINING, "Meta trains its AI on my posts.", LocalDate.of(2025, 5, 27), true,
                LocalDate.of(2025, 5, 20), true, true, true, "2026-11", "en", campaign);
        String token = StatusTokens.generate();
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint complaint = Arc.container().instance(ComplaintService.class).get().submit(submission, List.of());
            complaint.statusTokenHash = StatusTokens.hash(token);
            change.accept(complaint);
        });
        return token;
    }

    static Campaign campaign(String slug, boolean open, String title, String description, String consent) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = new Campaign();
            campaign.id = UUID.randomUUID();
            campaign.slug = slug;
            campaign.title = title;
            campaign.organisationId = META;
            campaign.category = Category.AI_TRAINING;
            campaign.description = description;
            campaign.collectiveActionConsent = consent;
            campaign.open = open;
            campaign.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            campaign.updatedAt = campaign.createdAt;
            campaign.persist();
            return campaign;
        });
    }

    static void verified(Complaint complaint) {
        complaint.status = Complaint.Status.VERIFIED;
        complaint.verifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
