package org.redress.complaints.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.campaign.Campaign;

/** Records consents, always inside the transaction of what they are given with. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentService {

    private final ConsentWordings wordings;

    public ConsentService(ConsentWordings wordings) {
        this.wordings = wordings;
    }

    /** Records each consent in {@code kinds} as given at {@code at}, with the wording of {@code version} in {@code language}. */
    public List<Consent> recordGiven(UUID complaintId, Set<ConsentKind> kinds, String version, String language,
            OffsetDateTime at) {
        return recordGiven(complaintId, kinds, version, language, at, null);
    }

    /**
     * As above, but a campaign's complaint shows the campaign's own collective-action wording: that
     * text is recorded, under the version {@code campaign:<slug>@<campaign version>}.
     */
    public List<Consent> recordGiven(UUID complaintId, Set<ConsentKind> kinds, String version, String language,
            OffsetDateTime at, Campaign campaign) {
        return kinds.stream().sorted().map(kind -> {
            boolean campaignWording = campaign != null && kind == ConsentKind.COLLECTIVE_ACTION;
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.complaintId = complaintId;
            consent.kind = kind;
            consent.wordingVersion = campaignWording ? "campaign:" + campaign.slug + "@" + campaign.version : version;
            consent.wording = campaignWording ? campaign.collectiveActionConsent : wordings.wording(version, language, kind);
            consent.language = language;
            consent.givenAt = at;
            consent.persist();
            return consent;
        }).toList();
    }

    /** Withdraws a valid optional consent; false if there is none of that kind. */
    public boolean withdraw(UUID complaintId, ConsentKind kind, OffsetDateTime at) {
        if (kind == ConsentKind.PROCESSING) {
            throw new IllegalArgumentException("consent to processing is withdrawn by erasing the complaint");
        }
        return Consent.update("withdrawnAt = ?1 where complaintId = ?2 and kind = ?3 and withdrawnAt is null",
                at, complaintId, kind) > 0;
    }

    public List<Consent> of(UUID complaintId) {
        return Consent.list("complaintId = ?1 order by givenAt, kind", complaintId);
    }

    public long deleteAll(UUID complaintId) {
        return Consent.delete("complaintId", complaintId);
    }
}
