package org.redress.cases.pages;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseFile;
import org.redress.cases.casefile.CaseStatus;
import org.redress.cases.casefile.CaseSummary;
import org.redress.cases.deadline.Deadline;
import org.redress.portal.LocalTimes;

/** Reads the dashboard: a handful of indexed queries, each list capped at one page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    static final int PAGE = 50;
    /**
     * The states are written into the queries as literals, not bound: the partial indexes on due
     * instants (V6) match a query only when the planner sees the states, also in a generic plan.
     */
    private static final String STATE = "org.redress.cases.deadline.DeadlineState.";
    /**
     * Missed, or still running past their end: either way due before now (a deadline is only ever
     * marked missed after its end), which lets the index on due instants of those states answer.
     */
    private static final String OVERDUE = " from Deadline d, CaseFile c where c.id = d.caseId and c.status <> :closed"
            + " and d.state in (" + STATE + "MISSED, " + STATE + "OPEN, " + STATE + "EXTENDED) and d.dueAt < :now";
    /**
     * How many there are, counted up to {@link #COUNT_CAP} + 1 only (the page then says "more than
     * 1,000"): an exact count of tens of thousands made PostgreSQL read the whole deadline table on
     * every visit, while a bounded scan of the partial index on due instants stops early.
     */
    private static final String OVERDUE_COUNT = """
            select count(*) from (
                select 1 from deadline d
                where d.state in ('MISSED', 'OPEN', 'EXTENDED') and d.due_at < :now
                  and not exists (select 1 from case_file c where c.id = d.case_id and c.status = 'CLOSED')
                limit :cap) overdue""";
    public static final int COUNT_CAP = 1000;
    /** Latest due first; the id breaks ties, so that pages neither repeat nor skip a deadline. */
    private static final String OVERDUE_ORDER = " order by d.dueAt desc, d.id";
    private static final String DUE_SOON = " from Deadline d, CaseFile c where c.id = d.caseId"
            + " and d.state in (" + STATE + "OPEN, " + STATE + "EXTENDED) and d.dueAt >= :now and d.dueAt < :week";
    /** {@link #OVERDUE_COUNT} of the cases of a holder ({@code %s}: its condition on case {@code c}). */
    private static final String MY_OVERDUE_COUNT = """
            select count(*) from (
                select 1 from deadline d join case_file c on c.id = d.case_id
                where d.state in ('MISSED', 'OPEN', 'EXTENDED') and d.due_at < :now and c.status <> 'CLOSED'
                  and %s
                limit :cap) overdue""";

    private final EntityManager em;
    private final LocalTimes times;

    public DashboardService(EntityManager em, LocalTimes times) {
        this.em = em;
        this.times = times;
    }

    public Dashboard of(String username, String email, StaffScope scope) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String whose = whose(scope);
        List<Dashboard.DeadlineRow> overdue = rows("select d, c" + OVERDUE + whose + OVERDUE_ORDER, now, scope, 0, PAGE);
        List<Dashboard.DeadlineRow> dueSoon = rows("select d, c" + DUE_SOON + whose + " order by d.dueAt", now, scope, 0, PAGE);
        var mine = CaseFile.<CaseFile>find("owner = ?1 and status <> ?2 order by updatedAt desc", email, CaseStatus.CLOSED);
        List<CaseSummary> myCases = mine.page(0, PAGE).stream()
                .map(file -> new CaseSummary(file.id, file.reference, file.title, file.respondent, file.status,
                        file.owner, file.team, List.copyOf(file.tags), file.openedAt, file.version))
                .toList();
        return new Dashboard(username, scope, overdueCount(now, scope), overdue,
                count("select count(*)" + DUE_SOON + whose, now, scope), dueSoon, mine.count(), myCases);
    }

    /**
     * Page {@code page} (from 0) of every overdue or missed deadline, in the dashboard's order, and
     * whether another page follows (read as one row more, so that no exact count is needed).
     */
    public Overdue overdue(int page, StaffScope scope) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Dashboard.DeadlineRow> rows = rows("select d, c" + OVERDUE + whose(scope) + OVERDUE_ORDER, now,
                scope, page * PAGE, PAGE + 1);
        return new Overdue(rows.subList(0, Math.min(PAGE, rows.size())), page, PAGE, rows.size() > PAGE,
                overdueCount(now, scope), scope);
    }

    /** The condition that keeps the cases of the scope's holder (none for every case). */
    private static String whose(StaffScope scope) {
        return scope.all() ? "" : " and " + scope.holder().condition("c.");
    }

    private List<Dashboard.DeadlineRow> rows(String query, OffsetDateTime now, StaffScope scope, int first, int max) {
        return parameters(em.createQuery(query, Object[].class), query, now, scope).setFirstResult(first).setMaxResults(max)
                .getResultList().stream()
                .map(row -> row((Deadline) row[0], (CaseFile) row[1]))
                .toList();
    }

    private long overdueCount(OffsetDateTime now, StaffScope scope) {
        var query = em.createNativeQuery(scope.all() ? OVERDUE_COUNT : MY_OVERDUE_COUNT.formatted(scope.holder().condition("c.")))
                .setParameter("now", now)
                .setParameter("cap", COUNT_CAP + 1);
        if (scope.mine()) {
            scope.holder().parameters().forEach(query::setParameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private long count(String query, OffsetDateTime now, StaffScope scope) {
        return parameters(em.createQuery(query, Long.class), query, now, scope).getSingleResult();
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> query, String text,
            OffsetDateTime now, StaffScope scope) {
        query.setParameter("now", now);
        if (scope.mine()) {
            scope.holder().parameters().forEach(query::setParameter);
        }
        if (text.contains(":closed")) {
            query.setParameter("closed", CaseStatus.CLOSED);
        }
        if (text.contains(":week")) {
            query.setParameter("week", now.plusDays(7));
        }
        return query;
    }

    private Dashboard.DeadlineRow row(Deadline deadline, CaseFile file) {
        return new Dashboard.DeadlineRow(file.reference, file.title, file.respondent, deadline.kind, deadline.state,
                times.zonedIn(deadline.dueAt.toInstant(), deadline.zone), deadline.explanationSummary);
    }
}
