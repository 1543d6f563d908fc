package dev.remotecommands.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A request's constraint violations as the one problem it is answered with: the first one in the order the client
 * wrote the request (the method's parameters, then the body's fields), a missing value before a malformed one, as a
 * hand-written check would have found it first.
 */
final class Violations {

    private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    private static final Comparator<ConstraintViolation<?>> REQUEST_ORDER = Comparator
            .<ConstraintViolation<?>>comparingInt(Violations::parameterIndex)
            .thenComparingInt(Violations::fieldIndex)
            .thenComparing(Violations::field)
            .thenComparingInt(violation -> PRESENCE.contains(annotationType(violation)) ? 0 : 1)
            .thenComparing(violation -> annotationType(violation).getName());

    private Violations() {
    }

    /** Whether a violation is the service's own fault: a constraint on what it answers, not on what it was sent. */
    static boolean concernTheResponse(Collection<ConstraintViolation<?>> violations) {
        return violations.stream().anyMatch(violation -> nodes(violation).stream()
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
    }

    static ProblemException problemOf(Collection<ConstraintViolation<?>> violations) {
        ConstraintViolation<?> first = violations.stream().min(REQUEST_ORDER)
                .orElseThrow(() -> new IllegalArgumentException("no violation to answer"));
        Violation violation = new Violation(field(first), first.getInvalidValue(), first.getMessage());
        return answerOf(first).map(answer -> answer.problem(violation))
                .orElseGet(() -> CommonProblems.invalidField(violation.field(), violation.message()));
    }

    private static Optional<ViolationProblem> answerOf(ConstraintViolation<?> violation) {
        for (Class<? extends Payload> payload : violation.getConstraintDescriptor().getPayload()) {
            if (ViolationProblem.class.isAssignableFrom(payload)) {
                try {
                    return Optional.of((ViolationProblem) payload.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(payload.getName() + " needs a public no-argument constructor", e);
                }
            }
        }
        return Optional.empty();
    }

    /** The body field ({@code deviceId}, {@code items[2].name}), or the parameter when the value itself is wrong. */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = nodes(violation);
        String properties = nodes.stream().filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Violations::name).collect(Collectors.joining("."));
        if (!properties.isEmpty()) {
            return properties;
        }
        return nodes.stream().filter(node -> node.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .findFirst().orElse(nodes.isEmpty() ? "(request)" : nodes.get(nodes.size() - 1).getName());
    }

    private static String name(Path.Node node) {
        if (node.getIndex() != null) {
            return node.getName() + "[" + node.getIndex() + "]";
        }
        return node.getKey() != null ? node.getName() + "[" + node.getKey() + "]" : node.getName();
    }

    private static int parameterIndex(ConstraintViolation<?> violation) {
        return nodes(violation).stream().filter(node -> node.getKind() == ElementKind.PARAMETER)
                .mapToInt(node -> node.as(Path.ParameterNode.class).getParameterIndex()).findFirst().orElse(0);
    }

    /** Where the violated field is declared in the body, so that the body's first wrong field is told first. */
    private static int fieldIndex(ConstraintViolation<?> violation) {
        Object[] arguments = violation.getExecutableParameters();
        int parameter = parameterIndex(violation);
        Optional<String> property = nodes(violation).stream().filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Path.Node::getName).findFirst();
        if (arguments == null || parameter >= arguments.length || arguments[parameter] == null) {
            return -1;
        }
        return property.map(declaredFields(arguments[parameter].getClass())::indexOf).orElse(-1);
    }

    private static List<String> declaredFields(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
    }

    private static Class<? extends Annotation> annotationType(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType();
    }

    private static List<Path.Node> nodes(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
    }
}
