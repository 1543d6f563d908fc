package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.service.SafetyCodeRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A safety code as typed, present and well formed ({@link SafetyCodeRule#isWellFormed}: 4 digits), answered with
 * {@code malformed-safety-code} naming the field (payload {@link Problems.SafetyCodeMalformed}). Whether it is too
 * easy is the domain's rule, checked after.
 */
@Documented
@Constraint(validatedBy = SafetyCodeFormat.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface SafetyCodeFormat {

    String message() default "must be exactly 4 digits.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SafetyCodeFormat, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return SafetyCodeRule.isWellFormed(code);
        }
    }
}
