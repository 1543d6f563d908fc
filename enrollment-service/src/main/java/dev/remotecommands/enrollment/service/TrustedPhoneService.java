package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.enrollment.AccountProfile;
import dev.remotecommands.enrollment.CodeRequest;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.enrollment.repository.VehicleRepository;
import dev.remotecommands.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Step 1: the trusted phone. A new number stays pending until its 6-digit code is verified; a defined number keeps
 * being used (devices stay registered, later codes go to it) until the new one is verified.
 */
@ApplicationScoped
public class TrustedPhoneService {

    private static final String SEND_FIRST = "Send your number first: POST /v1/trusted-phone.";

    private final AccountProfileRepository profiles;
    private final VehicleRepository vehicles;
    private final CodeRequestRepository requests;
    private final CodeSender sender;
    private final CodeChecker checker;
    private final Clock clock;

    public TrustedPhoneService(AccountProfileRepository profiles, VehicleRepository vehicles,
            CodeRequestRepository requests, CodeSender sender, CodeChecker checker, Clock clock) {
        this.profiles = profiles;
        this.vehicles = vehicles;
        this.requests = requests;
        this.sender = sender;
        this.checker = checker;
        this.clock = clock;
    }

    public Uni<CodeSent> define(String accountId, String country, String number) {
        String phone = PhoneNumbers.normalise(country, number);
        return Panache.withTransaction(() -> vehicles.anySubscribed(accountId)
                .chain(subscribed -> subscribed ? profiles.lock(accountId)
                        : Uni.createFrom().failure(Problems.activationRequired()))
                .chain(profile -> sender.send(accountId, OtpPurpose.TRUSTED_PHONE, null, phone,
                                OneTimeCodes.PHONE_CODE_LENGTH)
                        .invoke(() -> profile.phonePending(phone)))
                .map(request -> sender.answer(request, PhoneNumbers.mask(phone))));
    }

    public Uni<CodeSent> resend(String accountId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (profile.getPendingPhone() == null) {
                return Uni.createFrom().failure(Problems.noCodeRequested(profile.hasTrustedPhone()
                        ? "Your trusted phone is already defined; to change it, POST /v1/trusted-phone."
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
                                                .invoke(stored -> {
                                                    stored.verified(clock.instant());
                                                    profile.phoneVerified(stored.getPhone());
                                                })))
                                .replaceWith(new StatusView(TrustedPhoneView.DEFINED))));
    }

    public Uni<TrustedPhoneView> read(String accountId) {
        return Panache.withSession(() -> profiles.read(accountId).chain(profile -> {
            if (profile == null || (profile.getPendingPhone() == null && !profile.hasTrustedPhone())) {
                return Uni.createFrom().failure(new ProblemException(404, "trusted-phone-not-found",
                        "No trusted phone", "No trusted phone yet. " + SEND_FIRST));
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
