package org.redress.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * {@link LocalTimes} in the staff zone ({@link PortalConfig#staffZone()}) and the staff member's
 * language ({@link StaffLanguage}): {@code inject:times} on every staff page, and injectable.
 */
@Singleton
public class StaffTimes {

    @Produces
    @RequestScoped
    @Named("times")
    LocalTimes times(PortalConfig config, StaffLanguage language) {
        PortalMessages text = language.bundle(PortalMessages.class);
        return new LocalTimes(config.staffZone(), language.locale(), text.date_pattern(), text::time_in_zone);
    }
}
