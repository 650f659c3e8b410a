package org.redress.complaints.triage;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.redress.complaints.complaint.Complaint;

/**
 * The SQL of the triage queue for one {@link TriageFilter}: a {@code where} clause with its
 * positional parameters. Full-text search matches each complaint in its own language, one branch
 * per language so that PostgreSQL can use the GIN index on {@code search}.
 */
final class TriageQuery {

    static final String FROM = " from complaint c left join campaign k on k.id = c.campaign_id";

    /**
     * The query in one language's text search configuration with each stem made a prefix
     * ({@code 'verwend':*}): "verwenden" then finds "verwendet", which the German stemmer leaves
     * whole, and "Training" finds the compound "Trainingsdaten". Quotes, {@code or} and
     * {@code -word} keep their web-search meaning.
     */
    private static final String PREFIX_QUERY =
            "regexp_replace(websearch_to_tsquery('CONFIG', ?%1$d)::text, '''(([^'']|'''')+)''', '''\\1'':*', 'g')::tsquery";

    private static final String FULL_TEXT = "((c.language = 'de' and c.search @@ " + PREFIX_QUERY.replace("CONFIG", "german") + ")"
            + " or (c.language = 'fr' and c.search @@ " + PREFIX_QUERY.replace("CONFIG", "french") + ")"
            + " or (c.language not in ('de', 'fr') and c.search @@ " + PREFIX_QUERY.replace("CONFIG", "english") + "))";

    private final StringBuilder where = new StringBuilder(" where ");
    private final List<Object> parameters = new ArrayList<>();

    private TriageQuery() {
    }

    static TriageQuery of(TriageFilter filter) {
        TriageQuery query = new TriageQuery();
        query.where.append("c.status in (");
        boolean first = true;
        for (Complaint.Status status : filter.statuses()) {
            query.where.append(first ? "" : ", ").append('?').append(query.bind(status.name()));
            first = false;
        }
        query.where.append(')');
        if (filter.organisationId() != null) {
            query.and("c.organisation_id = ?%d", filter.organisationId());
        }
        if (filter.companyText() != null) {
            query.and("c.company ilike ?%d escape '\\'", "%" + likeEscaped(filter.companyText()) + "%");
        }
        if (filter.category() != null) {
            query.and("c.category = ?%d", filter.category().name());
        }
        if (filter.country() != null) {
            query.and("c.country = ?%d", filter.country());
        }
        if (filter.campaign() != null) {
            query.and("k.slug = ?%d", filter.campaign());
        }
        if (filter.from() != null) {
            query.and("c.submitted_at >= ?%d", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            query.and("c.submitted_at < ?%d", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.query() != null) {
            query.and(FULL_TEXT, filter.query());
        }
        if (filter.group() != null) {
            query.and("c.similarity_key = ?%d", filter.group());
        }
        return query;
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private void and(String condition, Object value) {
        where.append(" and ").append(String.format(condition, bind(value)));
    }

    private int bind(Object value) {
        parameters.add(value);
        return parameters.size();
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
