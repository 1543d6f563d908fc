package dev.remotecommands.problem.openapi;

import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.ProblemException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems a service answers with, one named example each, as its OpenAPI document shows them. Built from the
 * service's own factories ({@code Problems}) so that the documented examples are the real answers; the problems
 * every service shares ({@link CommonProblems}) are in every catalogue. A name is the problem's slug unless one
 * type has several examples (such as {@code step-required} naming different next steps).
 */
public final class ProblemCatalogue {

    private final Map<String, ProblemException> examples;

    private ProblemCatalogue(Map<String, ProblemException> examples) {
        this.examples = Collections.unmodifiableMap(examples);
    }

    /** A catalogue with the common problems; the service adds its own. */
    public static Builder withCommonProblems() {
        return new Builder()
                .add(CommonProblems.malformedJson("Unexpected end-of-input: expected close marker for Object"))
                .add(CommonProblems.invalidField("nickname", "is longer than 64 characters."))
                .add(CommonProblems.malformedVin("WVWZZZ1JZXW00000"))
                .add(CommonProblems.unauthenticated())
                .add(CommonProblems.forbidden())
                .add(CommonProblems.resourceNotFound("/v1/vehicle"))
                .add(CommonProblems.methodNotAllowed())
                .add(CommonProblems.notAcceptable())
                .add(CommonProblems.lengthRequired(16_384))
                .add(CommonProblems.payloadTooLarge(16_384))
                .add(CommonProblems.unsupportedMediaType())
                .add(CommonProblems.badRequest("HTTP 400 Bad Request"))
                .add(CommonProblems.temporarilyUnavailable())
                .add(CommonProblems.internalError());
    }

    /** The examples by name, in the order they were added. */
    public Map<String, ProblemException> examples() {
        return examples;
    }

    public ProblemException example(String name) {
        ProblemException problem = examples.get(name);
        if (problem == null) {
            throw new IllegalArgumentException("No problem example '" + name + "' in the catalogue; known: "
                    + examples.keySet());
        }
        return problem;
    }

    /** The slug of a problem: its type after {@link ProblemException#TYPE_BASE}. */
    public static String slugOf(ProblemException problem) {
        return problem.type().substring(ProblemException.TYPE_BASE.length());
    }

    public static final class Builder {

        private final Map<String, ProblemException> examples = new LinkedHashMap<>();

        private Builder() {
        }

        /** An example named by its slug. */
        public Builder add(ProblemException problem) {
            return add(slugOf(problem), problem);
        }

        /** An example of a type that has several, or that shares its type with a common one. */
        public Builder add(String name, ProblemException problem) {
            if (examples.putIfAbsent(name, problem) != null) {
                throw new IllegalArgumentException("Two problem examples named '" + name + "'");
            }
            return this;
        }

        public ProblemCatalogue build() {
            return new ProblemCatalogue(new LinkedHashMap<>(examples));
        }
    }
}
