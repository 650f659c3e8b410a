package org.redress.cases.pages;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.redress.cases.CasesConfig;

/** {@link LocalTimes} in the configured staff zone, as {@code inject:times} on the pages. */
@Singleton
public class StaffTimes {

    @Produces
    @Singleton
    @Named("times")
    LocalTimes times(CasesConfig config) {
        return new LocalTimes(config.staffZone());
    }
}
