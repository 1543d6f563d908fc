package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Step 2, second half: the account's 4-digit safety code, typed twice from a registered device. Once set, it is
 * changed knowing the current one, or with a fresh SMS code to the trusted phone (the forgotten-code path), which
 * also clears any lock. Both end every remote session opened before.
 */
@ApplicationScoped
public class SafetyCodeService {

    public static final String SET = "SET";

    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final CodeRequestRepository requests;
    private final CodeSender sender;
    private final CodeChecker checker;
    private final SafetyCodeHasher hasher;
    private final SafetyCodeCheck check;
    private final RemoteSessionEnder sessions;
    private final Clock clock;

    public SafetyCodeService(AccountProfileRepository profiles, DeviceRepository devices,
            CodeRequestRepository requests, CodeSender sender, CodeChecker checker, SafetyCodeHasher hasher,
            SafetyCodeCheck check, RemoteSessionEnder sessions, Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.requests = requests;
        this.sender = sender;
        this.checker = checker;
        this.hasher = hasher;
        this.check = check;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Sets the code, typed twice alike and not too easy to guess; the request is already checked for shape (two
     * codes of 4 digits).
     */
    public Uni<StatusView> set(String accountId, String deviceId, String safetyCode, String confirmation,
            String resetCode) {
        ProblemException refused = newCodeRefusal(safetyCode, confirmation);
        if (refused != null) {
            return Uni.createFrom().failure(refused);
        }
        return Panache.withSession(() -> requireRegistered(accountId, deviceId)
                        .chain(() -> profiles.read(accountId)))
                .chain(profile -> {
                    if (profile == null || !profile.hasSafetyCode()) {
                        return store(accountId, safetyCode, null);
                    }
                    if (resetCode == null) {
                        return Uni.createFrom().failure(Problems.safetyCodeAlreadySet());
                    }
                    String code = OneTimeCodes.require(resetCode, OneTimeCodes.RESET_CODE_LENGTH);
                    return Panache.withSession(() -> requests.newest(accountId, OtpPurpose.SAFETY_CODE_RESET, null))
                            .chain(request -> request == null || request.getVerifiedAt() != null
                                    ? Uni.createFrom().failure(Problems.noCodeRequested(
                                            "Ask for a reset code first: POST /v1/safety-code/reset."))
                                    : checker.check(request, code).chain(() -> store(accountId, safetyCode,
                                            request.getRequestId())));
                })
                .replaceWith(new StatusView(SET));
    }

    /**
     * Changes the code, knowing the current one, from a registered device: the new code obeys the rules of the
     * first one, a wrong current code counts toward the lockout ({@link SafetyCodeCheck}), and every remote session
     * opened before ends. The escalation level stays (only an SMS reset clears it).
     */
    public Uni<StatusView> change(String accountId, String deviceId, String currentSafetyCode, String safetyCode,
            String confirmation) {
        ProblemException refused = newCodeRefusal(safetyCode, confirmation);
        if (refused != null) {
            return Uni.createFrom().failure(refused);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return check.whenRight(accountId, deviceId, currentSafetyCode, now, profile -> {
                    profile.safetyCodeChanged(hasher.hash(accountId, safetyCode));
                    return sessions.endAll(profile, SessionsEndReason.SAFETY_CODE_CHANGED);
                })
                .replaceWith(new StatusView(SET));
    }

    /** Why a new code is refused (typed twice alike, not too easy to guess), {@code null} when it is fine. */
    private static ProblemException newCodeRefusal(String safetyCode, String confirmation) {
        if (!safetyCode.equals(confirmation)) {
            return Problems.safetyCodeMismatch();
        }
        Optional<String> weakness = SafetyCodeRule.weakness(safetyCode);
        return weakness.map(Problems::safetyCodeTooEasy).orElse(null);
    }

    /** Sends a reset code to the trusted phone. */
    public Uni<CodeSent> requestReset(String accountId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (!profile.hasTrustedPhone()) {
                return Uni.createFrom().failure(Problems.trustedPhoneRequired());
            }
            if (!profile.hasSafetyCode()) {
                return Uni.createFrom().failure(Problems.noSafetyCodeToReset());
            }
            return sender.send(accountId, OtpPurpose.SAFETY_CODE_RESET, null, profile.getTrustedPhone(),
                            OneTimeCodes.RESET_CODE_LENGTH)
                    .map(request -> sender.answer(request, null));
        }));
    }

    private Uni<Void> store(String accountId, String safetyCode, java.util.UUID resetRequestId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (resetRequestId == null && profile.hasSafetyCode()) {
                // set meanwhile by a parallel request: changing it needs the reset code
                return Uni.createFrom().failure(Problems.safetyCodeAlreadySet());
            }
            profile.safetyCodeSet(hasher.hash(accountId, safetyCode));
            return resetRequestId == null ? Uni.createFrom().voidItem()
                    : requests.findById(resetRequestId).invoke(request -> request.verified(clock.instant()))
                            .chain(() -> sessions.endAll(profile, SessionsEndReason.SAFETY_CODE_RESET));
        }));
    }

    private Uni<Void> requireRegistered(String accountId, String deviceId) {
        return devices.findOfAccount(accountId, deviceId).chain(device -> device != null && device.isRegistered()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(Problems.deviceNotRegistered(deviceId)));
    }
}
