package dev.remotecommands.contracts.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * A UUID in its canonical form, 8-4-4-4-12 hex digits: {@link UUID#fromString} also takes shortened forms such as
 * {@code 1-2-3-4-5}, which name no id. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CanonicalUuid.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CanonicalUuid {

    String message() default "is not a UUID such as 3f2b8c1e-6a4d-4b5e-9c1f-2a7d8e9b0c3d.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CanonicalUuid, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            try {
                return UUID.fromString(text).toString().equalsIgnoreCase(text);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
