package dev.remotecommands.command.service;

import dev.remotecommands.problem.ProblemException;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.InvalidAlgorithmException;

import java.time.Instant;
import java.util.stream.IntStream;

/**
 * Tells why smallrye-jwt refused a remote-session token, in the terms the BFF knows: not issued by
 * enrollment-service for command-service (signature, algorithm, issuer, audience), not valid yet, expired, or no
 * session token at all. The parser reports the cause with jose4j's error codes, jose4j being its engine.
 */
final class RemoteSessionRefusal {

    private static final int[] NOT_FROM_ENROLLMENT = { ErrorCodes.SIGNATURE_INVALID, ErrorCodes.SIGNATURE_MISSING,
            ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING, ErrorCodes.AUDIENCE_INVALID,
            ErrorCodes.AUDIENCE_MISSING };

    private RemoteSessionRefusal() {
    }

    static ProblemException of(ParseException refusal) {
        if (!(refusal.getCause() instanceof InvalidJwtException invalid)) {
            return RemoteSessionRejection.MALFORMED.problem();
        }
        if (IntStream.of(NOT_FROM_ENROLLMENT).anyMatch(invalid::hasErrorCode) || hasDisallowedAlgorithm(invalid)) {
            return RemoteSessionRejection.NOT_GENUINE.problem();
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return RemoteSessionRejection.NOT_GENUINE.problem("The remote session is not valid before "
                    + instantOf(invalid, Claims.nbf) + ".");
        }
        if (invalid.hasExpired()) {
            return RemoteSessionRejection.EXPIRED.problem("The remote session expired at "
                    + instantOf(invalid, Claims.exp) + ".");
        }
        // missing or mistyped claims, a payload that is no JSON, bytes that are no base64url, an encrypted JWT
        return RemoteSessionRejection.MALFORMED.problem();
    }

    private static boolean hasDisallowedAlgorithm(InvalidJwtException invalid) {
        for (Throwable cause = invalid.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidAlgorithmException) {
                return true; // "none", HS256 and friends
            }
        }
        return false;
    }

    /** A time claim the parser has read already, to tell the driver when. */
    private static Instant instantOf(InvalidJwtException invalid, Claims claim) {
        try {
            return Instant.ofEpochSecond(invalid.getJwtContext().getJwtClaims()
                    .getNumericDateClaimValue(claim.name()).getValue());
        } catch (MalformedClaimException e) {
            throw new IllegalStateException("the parser judged " + claim + " by its value, so it is readable", e);
        }
    }
}
