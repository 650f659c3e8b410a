package org.redress.cases.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.redress.cases.CasesConfig;
import org.redress.portal.StaffLanguage;

/**
 * {@link LocalTimes} in the configured staff zone and the staff member's language
 * ({@link StaffLanguage}), as {@code inject:times} on the pages.
 */
@Singleton
public class StaffTimes {

    @Produces
    @RequestScoped
    @Named("times")
    LocalTimes times(CasesConfig config, StaffLanguage language) {
        StaffMessages text = language.bundle(StaffMessages.class);
        return new LocalTimes(config.staffZone(), language.locale(), text.date_pattern(), text::time_in_zone);
    }
}
