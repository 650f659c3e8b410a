package org.redress.complaints.complaint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rules of a complaint that span fields or need a list (countries, organisations, consent
 * wordings). Each broken rule is reported on the field to correct; see {@link ComplaintSubmissionValidator}.
 */
@Documented
@Constraint(validatedBy = ComplaintSubmissionValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentComplaint {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
