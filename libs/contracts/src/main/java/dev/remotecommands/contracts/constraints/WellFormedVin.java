package dev.remotecommands.contracts.constraints;

import dev.remotecommands.contracts.Vin;
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
 * A VIN as {@link Vin#isValid} takes it: 17 characters, digits and capitals except I, O and Q. {@code null} is left
 * to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = WellFormedVin.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedVin {

    String message() default "is not a VIN: send 17 characters, digits and capital letters except I, O and Q.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WellFormedVin, String> {
        @Override
        public boolean isValid(String vin, ConstraintValidatorContext context) {
            return vin == null || Vin.isValid(vin);
        }
    }
}
