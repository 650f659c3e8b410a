package org.redress.complaints.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotInFuture}: not after today in the latest time zone there is, UTC+14. */
public class NotInFutureValidator implements ConstraintValidator<NotInFuture, LocalDate> {

    /** The zone where each day begins first (Line Islands, Kiribati). */
    static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final Clock clock;

    public NotInFutureValidator() {
        this(Clock.systemUTC());
    }

    NotInFutureValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)));
    }
}
