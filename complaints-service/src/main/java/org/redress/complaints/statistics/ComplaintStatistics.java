package org.redress.complaints.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.redress.complaints.complaint.Complaint;
import org.redress.complaints.csv.SafeCsv;

/**
 * How many complaints were made per company, category, week and campaign: every complaint whose
 * email address was confirmed, erased ones included (they stay as an anonymous statistic),
 * optionally only those submitted in a range of days (UTC).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintStatistics {

    /** The bars a chart shows at most; the rest are summed up in the CSV only. */
    static final int BARS = 25;

    public enum Dimension {
        COMPANY("c.company", "count(*) desc, 1"),
        CATEGORY("c.category", "count(*) desc, 1"),
        WEEK("to_char(date_trunc('week', c.submitted_at at time zone 'UTC'), 'YYYY-MM-DD')", "1 desc"),
        CAMPAIGN("coalesce(k.slug, '(no campaign)')", "count(*) desc, 1");

        final String key;
        final String order;

        Dimension(String key, String order) {
            this.key = key;
            this.order = order;
        }
    }

    public record Count(String key, long complaints) {
    }

    /** One chart; the staff pages name it by its dimension, in the staff member's language. */
    public record Chart(Dimension dimension, List<Count> counts, long max) {

        /** A bar's length in per cent of the chart's longest. */
        public long percent(Count count) {
            return max == 0 ? 0 : Math.round(100.0 * count.complaints() / max);
        }
    }

    /** The four charts, each with its largest counts (weeks: the latest). */
    public List<Chart> charts(LocalDate from, LocalDate to) {
        return java.util.Arrays.stream(Dimension.values()).map(dimension -> {
            List<Count> counts = counts(dimension, from, to, BARS);
            long max = counts.stream().mapToLong(Count::complaints).max().orElse(0);
            return new Chart(dimension, counts, max);
        }).toList();
    }

    /** Every count of every dimension as formula-safe CSV: dimension, key, complaints. */
    public String csv(LocalDate from, LocalDate to) {
        SafeCsv csv = SafeCsv.withHeader("dimension", "key", "complaints");
        for (Dimension dimension : Dimension.values()) {
            for (Count count : counts(dimension, from, to, Integer.MAX_VALUE)) {
                csv.line(dimension.name().toLowerCase(java.util.Locale.ROOT), count.key(), count.complaints());
            }
        }
        return csv.toString();
    }

    private static List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit) {
        Query query = Complaint.getEntityManager().createNativeQuery("select " + dimension.key + ", count(*)"
                + " from complaint c left join campaign k on k.id = c.campaign_id"
                + " where c.verified_at is not null"
                + (from == null ? "" : " and c.submitted_at >= ?1")
                + (to == null ? "" : " and c.submitted_at < ?2")
                + " group by 1 order by " + dimension.order + " limit " + limit);
        if (from != null) {
            query.setParameter(1, from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            query.setParameter(2, to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Count((String) row[0], ((Number) row[1]).longValue())).toList();
    }
}
