package org.redress.notifications.staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Staff members' choices, by email address (lower case), as the reminder clock reads them. */
@ApplicationScoped
@Transactional
public class StaffMembers {

    private final EntityManager em;

    public StaffMembers(EntityManager em) {
        this.em = em;
    }

    public StaffPreferences save(String email, StaffPreferences preferences) {
        em.createNativeQuery("insert into staff_member (email, language, updated_at) values (:email, :language, now())"
                + " on conflict (email) do update set language = excluded.language, updated_at = excluded.updated_at")
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("language", preferences.language())
                .executeUpdate();
        return preferences;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffPreferences> find(String email) {
        @SuppressWarnings("unchecked")
        List<String> language = em.createNativeQuery("select language from staff_member where email = :email")
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
        return language.stream().findFirst().map(StaffPreferences::new);
    }
}
