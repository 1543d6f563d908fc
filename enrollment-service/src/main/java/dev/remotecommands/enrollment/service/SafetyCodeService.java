package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.enrollment.Step;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

/**
 * Step 2, second half: the account's 4-digit safety code, typed twice from a registered device. Once set, it is
 * changed only with a fresh SMS code to the trusted phone (the forgotten-code path), which also clears any lock.
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
    private final Clock clock;

    public SafetyCodeService(AccountProfileRepository profiles, DeviceRepository devices,
            CodeRequestRepository requests, CodeSender sender, CodeChecker checker, SafetyCodeHasher hasher,
            Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.requests = requests;
        this.sender = sender;
        this.checker = checker;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Sets the code, typed twice alike and not too easy to guess; the request is already checked for shape (two
     * codes of 4 digits).
     */
    public Uni<StatusView> set(String accountId, String deviceId, String safetyCode, String confirmation,
            String resetCode) {
        if (!safetyCode.equals(confirmation)) {
            return Uni.createFrom().failure(Problems.safetyCodeMismatch());
        }
        Optional<String> weakness = SafetyCodeRule.weakness(safetyCode);
        if (weakness.isPresent()) {
            return Uni.createFrom().failure(Problems.safetyCodeTooEasy(weakness.get()));
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

    /** Sends a reset code to the trusted phone. */
    public Uni<CodeSent> requestReset(String accountId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (!profile.hasTrustedPhone()) {
                return Uni.createFrom().failure(Problems.trustedPhoneRequired());
            }
            if (!profile.hasSafetyCode()) {
                return Uni.createFrom().failure(Problems.stepRequired(Step.SAFETY_CODE,
                        "No safety code is set yet, so there is nothing to reset: set one with PUT /v1/safety-code."));
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
                            .replaceWithVoid();
        }));
    }

    private Uni<Void> requireRegistered(String accountId, String deviceId) {
        return devices.findOfAccount(accountId, deviceId).chain(device -> device != null && device.isRegistered()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(Problems.deviceNotRegistered(deviceId)));
    }
}
