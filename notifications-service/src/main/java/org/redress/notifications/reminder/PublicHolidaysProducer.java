package org.redress.notifications.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.redress.platform.holidays.PublicHolidays;

/**
 * The platform's calendar of public holidays as a bean: the one cases-service counts deadlines with,
 * so that "working days before" skips the days a deadline's period does not count as working days.
 */
@Dependent
class PublicHolidaysProducer {

    @Produces
    @Singleton
    PublicHolidays publicHolidays() {
        return new PublicHolidays();
    }
}
