package org.redress.complaints.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.support.ComplaintRows;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CampaignServiceTest {

    @Inject
    CampaignService campaigns;

    @Test
    void countsVerifiedSignUpsButNotUnverifiedOrErasedOnesNorOtherCampaigns() {
        UUID campaign = ComplaintRows.campaign(ComplaintRows.uniqueSlug("count"), true);
        UUID other = ComplaintRows.campaign(ComplaintRows.uniqueSlug("other"), true);
        ComplaintRows.complaint().campaign(campaign).insert();
        ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.LINKED).insert();
        ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.RECEIVED).insert();
        ComplaintRows.complaint().campaign(campaign).status(Complaint.Status.ERASED).insert();
        ComplaintRows.complaint().campaign(other).insert();

        assertThat(campaigns.countVerified(campaign)).isEqualTo(2);
    }

    @Test
    void findsOpenCampaignsOnlyForTheLandingPage() {
        String open = ComplaintRows.uniqueSlug("open");
        String closed = ComplaintRows.uniqueSlug("closed");
        ComplaintRows.campaign(open, true);
        ComplaintRows.campaign(closed, false);

        assertThat(campaigns.findOpen(open)).map(campaign -> campaign.slug).contains(open);
        assertThat(campaigns.findOpen(closed)).isEmpty();
        assertThat(campaigns.findOpen("no-such-campaign")).isEmpty();
    }
}
