package org.redress.notifications.staff;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A region-based IANA time zone Java knows ({@code Europe/Berlin}); null is valid. Offsets such as {@code +01:00} are not zones. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaZone.Validator.class)
public @interface IanaZone {

    String message() default "must be an IANA time zone such as Europe/Berlin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IanaZone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isRegion(value);
        }

        /** Whether {@code value} is a region zone Java knows, as it names it. */
        static boolean isRegion(String value) {
            try {
                return ZoneId.getAvailableZoneIds().contains(value) && ZoneId.of(value).getId().equals(value);
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
