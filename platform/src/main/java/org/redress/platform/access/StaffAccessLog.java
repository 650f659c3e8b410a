package org.redress.platform.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The access log of a service (table {@code staff_access}): each time staff open personal data, in
 * a transaction of its own that commits before the data goes out, so a response that shows personal
 * data means that its access was recorded. Staff changes go to each service's own audit tables.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class StaffAccessLog {

    /** Records that {@code actor} did {@code action} on {@code subject} (null: no single one); no personal data in {@code detail}. */
    public void record(String actor, String action, UUID subject, String detail) {
        StaffAccess access = new StaffAccess();
        access.id = UUID.randomUUID();
        access.actor = actor;
        access.action = action;
        access.subject = subject;
        access.detail = detail;
        access.at = OffsetDateTime.now(ZoneOffset.UTC);
        access.persist();
    }

    /** Who opened {@code subject}'s data, newest first, at most {@code max} entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessView> of(UUID subject, int max) {
        return StaffAccess.<StaffAccess>find("subject = ?1 order by at desc, id", subject).page(0, max).stream()
                .map(access -> new AccessView(access.actor, access.action, access.detail, access.at))
                .toList();
    }
}
