package dev.remotecommands.otp.problem;

import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ViolationProblem;

import java.util.Map;

/**
 * Every problem this service answers with (besides the common ones), each saying what was wrong and what to do. The
 * request constraints name theirs with the {@link ViolationProblem}s at the end.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemException malformedRequestId(String requestId) {
        return new ProblemException(400, "malformed-request-id", "Malformed challenge id",
                "'" + requestId + "' is not a challenge id: use the UUID requestId of the OtpRequested event that"
                        + " asked for the code.",
                Map.of("requestId", requestId == null ? "" : requestId));
    }

    public static ProblemException codeRequired() {
        return new ProblemException(400, "code-required", "Code missing",
                "Send the code the driver typed as a JSON body {\"code\": \"123456\"}.");
    }

    public static ProblemException malformedCode() {
        return new ProblemException(400, "malformed-code", "Malformed code",
                "A code is 4 to 12 digits and nothing else. Check the typed code before sending it; no attempt was"
                        + " used.");
    }

    public static ProblemException phoneRequired() {
        return new ProblemException(400, "phone-required", "Phone number missing",
                "Give the number whose messages to list: /dev/sms?phone=%2B33612345678 (E.164).");
    }

    public static ProblemException malformedPhone(String phone) {
        return new ProblemException(400, "malformed-phone", "Malformed phone number",
                "'" + phone + "' is not an E.164 number: send + and the country code, e.g. %2B33612345678.",
                Map.of("phone", phone));
    }

    public static ProblemException localInboxDisabled() {
        return new ProblemException(404, "resource-not-found", "Resource not found",
                "/dev/sms exists only when the local SMS inbox is the provider (otp.sms.provider=local, as in the"
                        + " local profile); this instance sends SMS through a real provider.");
    }

    // --- the answers of violated request constraints (their payload) ---

    public static final class MalformedRequestId extends ViolationProblem {
        public MalformedRequestId() {
            super(violation -> malformedRequestId(violation.text()));
        }
    }

    public static final class CodeRequired extends ViolationProblem {
        public CodeRequired() {
            super(violation -> codeRequired());
        }
    }

    public static final class MalformedCode extends ViolationProblem {
        public MalformedCode() {
            super(violation -> malformedCode());
        }
    }
}
