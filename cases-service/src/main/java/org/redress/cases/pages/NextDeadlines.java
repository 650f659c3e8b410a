package org.redress.cases.pages;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.cases.casefile.CaseSummary;
import org.redress.portal.LocalTimes;

/** The next running deadline (open or extended) of each case of a list, read in one query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NextDeadlines {

    private final EntityManager em;
    private final LocalTimes times;

    public NextDeadlines(EntityManager em, LocalTimes times) {
        this.em = em;
        this.times = times;
    }

    /** Case reference → when its next deadline ends, in the staff zone; cases without one are absent. */
    public Map<String, String> of(List<CaseSummary> cases) {
        Map<String, String> next = new HashMap<>();
        if (cases.isEmpty()) {
            return next;
        }
        Map<UUID, String> references = new HashMap<>();
        cases.forEach(file -> references.put(file.id(), file.reference()));
        em.createQuery("select d.caseId, min(d.dueAt) from Deadline d where d.caseId in :ids and d.state in"
                + " (org.redress.cases.deadline.DeadlineState.OPEN, org.redress.cases.deadline.DeadlineState.EXTENDED)"
                + " group by d.caseId", Object[].class)
                .setParameter("ids", references.keySet())
                .getResultList()
                .forEach(row -> next.put(references.get((UUID) row[0]), times.dateTime((OffsetDateTime) row[1])));
        return next;
    }
}
