package dev.remotecommands.enrollment.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The app's id of a phone: present, 1 to 64 letters, digits or {@code . _ : -}. */
@NotNull
@Pattern(regexp = "[A-Za-z0-9._:-]{1,64}")
@ReportAsSingleViolation
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface DeviceId {

    String message() default "must be 1 to 64 letters, digits or . _ : - (the app's id of this phone).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
