package org.redress.cases.deadline;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.redress.platform.holidays.PublicHolidays;

/** Makes the plain-Java {@link DeadlineCalculator} a bean, over the service's one holiday calendar. */
@Singleton
public class DeadlineCalculatorProducer {

    @Produces
    @Singleton
    DeadlineCalculator calculator(PublicHolidays holidays) {
        return new DeadlineCalculator(holidays);
    }
}
