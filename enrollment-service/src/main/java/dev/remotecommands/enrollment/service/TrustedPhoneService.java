package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.AccountProfile;
import dev.remotecommands.enrollment.CodeRequest;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.enrollment.repository.VehicleRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Step 1: the trusted phone. A new number stays pending until its 6-digit code is verified; a defined number keeps
 * being used (devices stay registered, later codes go to it) until the new one is verified. Changing a defined
 * number needs the safety code on a registered device.
 */
@ApplicationScoped
public class TrustedPhoneService {

    private static final String SEND_FIRST = "Send your number first: POST /v1/trusted-phone.";

    private final AccountProfileRepository profiles;
    private final VehicleRepository vehicles;
    private final CodeRequestRepository requests;
    private final CodeSender sender;
    private final CodeChecker checker;
    private final SafetyCodeCheck safetyCodes;
    private final RemoteSessionEnder sessions;
    private final Clock clock;

    public TrustedPhoneService(AccountProfileRepository profiles, VehicleRepository vehicles,
            CodeRequestRepository requests, CodeSender sender, CodeChecker checker, SafetyCodeCheck safetyCodes,
            RemoteSessionEnder sessions, Clock clock) {
        this.profiles = profiles;
        this.vehicles = vehicles;
        this.requests = requests;
        this.sender = sender;
        this.checker = checker;
        this.safetyCodes = safetyCodes;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Step 1: the first trusted phone. Once one is defined, a change goes through {@link #change}. */
    public Uni<CodeSent> define(String accountId, String country, String number) {
        String phone = PhoneNumbers.normalise(country, number);
        return Panache.withTransaction(() -> vehicles.anySubscribed(accountId)
                .chain(subscribed -> subscribed ? profiles.lock(accountId)
                        : Uni.createFrom().failure(Problems.activationRequired()))
                .chain(profile -> profile.hasTrustedPhone()
                        ? Uni.createFrom().failure(Problems.trustedPhoneAlreadyDefined())
                        : sendCode(accountId, profile, phone)));
    }

    /**
     * A new number for a defined trusted phone, allowed by the safety code typed on a registered device (a wrong
     * one counts toward the lockout). The 6-digit code goes to the new number with the limits and cooldown of step
     * 1; the old number stays trusted until the code is verified.
     */
    public Uni<CodeSent> change(String accountId, String deviceId, String safetyCode, String country,
            String number) {
        String phone = PhoneNumbers.normalise(country, number);
        return safetyCodes.whenRight(accountId, deviceId, safetyCode, clock.instant(),
                profile -> sendCode(accountId, profile, phone));
    }

    private Uni<CodeSent> sendCode(String accountId, AccountProfile profile, String phone) {
        return sender.send(accountId, OtpPurpose.TRUSTED_PHONE, null, phone, OneTimeCodes.PHONE_CODE_LENGTH)
                .invoke(() -> profile.phonePending(phone))
                .map(request -> sender.answer(request, PhoneNumbers.mask(phone)));
    }

    public Uni<CodeSent> resend(String accountId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (profile.getPendingPhone() == null) {
                return Uni.createFrom().failure(Problems.noCodeRequested(profile.hasTrustedPhone()
                        ? "Your trusted phone is already defined; to change it, PUT /v1/trusted-phone."
                        : SEND_FIRST));
            }
            String phone = profile.getPendingPhone();
            return sender.send(accountId, OtpPurpose.TRUSTED_PHONE, null, phone, OneTimeCodes.PHONE_CODE_LENGTH)
                    .map(request -> sender.answer(request, PhoneNumbers.mask(phone)));
        }));
    }

    public Uni<StatusView> verify(String accountId, String typedCode) {
        String code = OneTimeCodes.require(typedCode, OneTimeCodes.PHONE_CODE_LENGTH);
        return Panache.withSession(() -> profiles.read(accountId)
                        .chain(profile -> pendingRequest(accountId, profile)))
                .chain(request -> request == null ? Uni.createFrom().item(new StatusView(TrustedPhoneView.DEFINED))
                        : checker.check(request, code).chain(() -> Panache.withTransaction(
                                () -> profiles.lock(accountId)
                                        .chain(profile -> requests.findById(request.getRequestId())
                                                .chain(stored -> verified(profile, stored))))
                                .replaceWith(new StatusView(TrustedPhoneView.DEFINED))));
    }

    /**
     * The new number becomes the trusted one. When it replaces another, the old number is told by SMS (someone
     * else may have changed it) and every remote session opened before ends.
     */
    private Uni<Void> verified(AccountProfile profile, CodeRequest stored) {
        stored.verified(clock.instant());
        String old = profile.getTrustedPhone();
        profile.phoneVerified(stored.getPhone());
        if (old == null || old.equals(stored.getPhone())) {
            return Uni.createFrom().voidItem();
        }
        return sender.notice(profile.getAccountId(), OtpPurpose.TRUSTED_PHONE_CHANGED, old)
                .chain(() -> sessions.endAll(profile, SessionsEndReason.TRUSTED_PHONE_CHANGED));
    }

    public Uni<TrustedPhoneView> read(String accountId) {
        return Panache.withSession(() -> profiles.read(accountId).chain(profile -> {
            if (profile == null || (profile.getPendingPhone() == null && !profile.hasTrustedPhone())) {
                return Uni.createFrom().failure(Problems.trustedPhoneNotFound(SEND_FIRST));
            }
            return requests.newest(accountId, OtpPurpose.TRUSTED_PHONE, null).map(newest -> view(profile, newest));
        }));
    }

    /**
     * The code request waiting to be verified, {@code null} when the phone is already defined and nothing waits
     * (verifying again changes nothing), or a 409 when no code was ever asked for.
     */
    private Uni<CodeRequest> pendingRequest(String accountId, AccountProfile profile) {
        if (profile == null || profile.getPendingPhone() == null) {
            if (profile != null && profile.hasTrustedPhone()) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().failure(Problems.noCodeRequested(SEND_FIRST));
        }
        return requests.newest(accountId, OtpPurpose.TRUSTED_PHONE, null)
                .onItem().ifNull().failWith(() -> Problems.noCodeRequested(SEND_FIRST));
    }

    private static TrustedPhoneView view(AccountProfile profile, CodeRequest newest) {
        boolean pending = profile.getPendingPhone() != null;
        String shown = pending ? profile.getPendingPhone() : profile.getTrustedPhone();
        TrustedPhoneView.Delivery delivery = newest == null || newest.getDeliveryStatus() == null ? null
                : new TrustedPhoneView.Delivery(newest.getDeliveryStatus(), newest.getDeliveryReason(),
                        newest.getDeliveryAt());
        return new TrustedPhoneView(PhoneNumbers.mask(shown), pending ? TrustedPhoneView.PENDING
                : TrustedPhoneView.DEFINED, pending ? PhoneNumbers.mask(profile.getTrustedPhone()) : null, delivery,
                pending && newest != null ? newest.getExpiresAt() : null);
    }
}
