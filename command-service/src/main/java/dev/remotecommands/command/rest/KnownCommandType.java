package dev.remotecommands.command.rest;

import dev.remotecommands.contracts.vehicle.CommandType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** The name of a {@link CommandType}, blanks around it allowed; {@code null} and blank are left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = KnownCommandType.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCommandType {

    String message() default "is not a command type.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownCommandType, String> {
        @Override
        public boolean isValid(String type, ConstraintValidatorContext context) {
            return type == null || type.isBlank()
                    || Arrays.stream(CommandType.values()).anyMatch(known -> known.name().equals(type.trim()));
        }
    }
}
