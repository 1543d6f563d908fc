package dev.remotecommands.command.service;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.contracts.session.RemoteSessionToken;

/** Why a remote session was refused; each becomes a 403 {@code safety-code-required} with its own sentence. */
public enum RemoteSessionRejection {

    MISSING("No remote session was sent: the " + RemoteSessionToken.HEADER + " header is missing or empty."),
    MALFORMED("The " + RemoteSessionToken.HEADER + " header does not hold a readable remote-session token."),
    NOT_GENUINE("The remote session was not issued by enrollment-service for command-service (signature, issuer"
            + " or audience do not match)."),
    EXPIRED("The remote session has expired."),
    TOO_OLD("The remote session is older than remote sessions may be."),
    ANOTHER_ACCOUNT("The remote session belongs to another account."),
    DEVICE_NOT_ENABLED("The device of this remote session is not enabled for this car (it was removed, or never"
            + " paired with it).");

    private final String why;

    RemoteSessionRejection(String why) {
        this.why = why;
    }

    public ProblemException problem() {
        return Problems.safetyCodeRequired(name(), why);
    }

    /** The same cause with a more precise sentence, e.g. the age limit in days. */
    public ProblemException problem(String preciseWhy) {
        return Problems.safetyCodeRequired(name(), preciseWhy);
    }
}
