package org.redress.complaints.campaign;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.platform.sql.SqlTimestamps;

/** Who holds a valid mandate in a campaign's collective action. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MandateService {

    private static final String VALID_MANDATES = """
            select c.reference, c.name, c.email, c.country, s.given_at, s.wording_version, s.language
              from complaint c
              join consent s on s.complaint_id = c.id and s.kind = 'COLLECTIVE_ACTION' and s.withdrawn_at is null
             where c.campaign_id = ?1 and c.verified_at is not null and c.status <> 'ERASED'
             order by s.given_at, c.reference""";

    /** The campaign's valid mandates, oldest first; empty when there is no such campaign. */
    public Optional<List<Mandate>> of(String slug) {
        return Campaign.findBySlug(slug).map(campaign -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Campaign.getEntityManager().createNativeQuery(VALID_MANDATES)
                    .setParameter(1, campaign.id)
                    .getResultList();
            return rows.stream().map(MandateService::mandate).toList();
        });
    }

    private static Mandate mandate(Object[] row) {
        return new Mandate((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                SqlTimestamps.offsetDateTime(row[4]), (String) row[5], (String) row[6]);
    }
}
