package dev.remotecommands.problem;

import jakarta.validation.Payload;

import java.util.function.Function;

/**
 * The problem a violated constraint is answered with, given as the constraint's payload:
 * {@code @WellFormedVin(payload = MalformedVin.class)}. A service names its answers in its
 * {@code Problems} catalogue, each a subclass with a public no-argument constructor:
 * {@code public static final class MalformedVin extends ViolationProblem { public MalformedVin() { super(v -> malformedVin(v.text())); } }}.
 * A constraint without one is answered with {@link CommonProblems#invalidField}.
 */
public abstract class ViolationProblem implements Payload {

    private final Function<Violation, ProblemException> answer;

    protected ViolationProblem(Function<Violation, ProblemException> answer) {
        this.answer = answer;
    }

    public ProblemException problem(Violation violation) {
        return answer.apply(violation);
    }
}
