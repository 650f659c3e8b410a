package org.redress.complaints.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
        return kinds.stream().sorted().map(kind -> {
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.complaintId = complaintId;
            consent.kind = kind;
            consent.wordingVersion = version;
            consent.wording = wordings.wording(version, language, kind);
            consent.language = language;
            consent.givenAt = at;
            consent.persist();
            return consent;
        }).toList();
    }
}
