package dev.remotecommands.problem.openapi;

import dev.remotecommands.problem.ProblemException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The problem types a catalogue class can answer with: every public static method returning a
 * {@link ProblemException}, called with sample arguments. The services' OpenAPI tests compare it with the
 * documented types, so that a new factory without an example in the document fails a test.
 */
public final class ProblemFactories {

    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            String.class, "sample", int.class, 3, Integer.class, 3, long.class, 3L, Long.class, 3L,
            boolean.class, true, Boolean.class, true, Duration.class, Duration.ofSeconds(30),
            Instant.class, Instant.parse("2026-01-01T00:00:00Z"), UUID.class, new UUID(1, 1));

    private ProblemFactories() {
    }

    /** The slugs of the problems the static factories of these classes build. */
    public static Set<String> slugsOf(Class<?>... catalogues) {
        Set<String> slugs = new TreeSet<>();
        for (Class<?> catalogue : catalogues) {
            for (Method method : catalogue.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
                        && ProblemException.class.isAssignableFrom(method.getReturnType())) {
                    slugs.add(ProblemCatalogue.slugOf(call(method)));
                }
            }
        }
        return slugs;
    }

    private static ProblemException call(Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ProblemFactories::sample).toArray();
        try {
            return (ProblemException) method.invoke(null, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call " + method + " with sample arguments", e);
        }
    }

    private static Object sample(Class<?> type) {
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(components)
                        .newInstance(Arrays.stream(components).map(ProblemFactories::sample).toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a sample " + type, e);
            }
        }
        throw new IllegalStateException("no sample argument of " + type + ": add one to ProblemFactories");
    }
}
