package org.redress.notifications.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.redress.notifications.NotificationsConfig;

/**
 * Staff members' choices, by email address (lower case), as the reminder clock and the daily digest
 * read them. A staff member who has chosen no zone has the configured default zone.
 */
@ApplicationScoped
@Transactional
public class StaffMembers {

    private final EntityManager em;
    private final String defaultZone;

    public StaffMembers(EntityManager em, NotificationsConfig config) {
        this.em = em;
        this.defaultZone = config.digest().defaultZone().getId();
    }

    /** Replaces the choices of {@code email}: a digest not asked for is off, a zone not given is the default. */
    public StaffPreferences save(String email, StaffPreferences preferences) {
        em.createNativeQuery("insert into staff_member (email, language, digest, zone, updated_at)"
                + " values (:email, :language, :digest, :zone, now())"
                + " on conflict (email) do update set language = excluded.language, digest = excluded.digest,"
                + " zone = excluded.zone, updated_at = excluded.updated_at")
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("language", preferences.language())
                .setParameter("digest", preferences.wantsDigest())
                .setParameter("zone", preferences.zone())
                .executeUpdate();
        return resolved(preferences.language(), preferences.wantsDigest(), preferences.zone());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffPreferences> find(String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select language, digest, zone from staff_member where email = :email")
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(row -> resolved((String) row[0], (Boolean) row[1], (String) row[2]));
    }

    /**
     * The chosen languages of {@code emails} (lower case) that have chosen one, in one query: the
     * reminder clock reads them for a whole batch before it writes anything.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> languages(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select email, language from staff_member where email = any(:emails)")
                .setParameter("emails", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new))
                .getResultList();
        Map<String, String> languages = new HashMap<>();
        rows.forEach(row -> languages.put((String) row[0], (String) row[1]));
        return languages;
    }

    /** The choices of someone who has made none. */
    public StaffPreferences defaults() {
        return StaffPreferences.defaults(defaultZone);
    }

    private StaffPreferences resolved(String language, boolean digest, String zone) {
        return new StaffPreferences(language, digest, zone == null ? defaultZone : zone);
    }
}
