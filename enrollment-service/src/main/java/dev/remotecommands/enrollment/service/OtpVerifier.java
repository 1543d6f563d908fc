package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.ConnectException;
import java.util.UUID;

/**
 * Asks otp-service whether a typed code is right, while the driver waits: a short timeout per try, and a retry only
 * when no connection could be made (a check that reached otp-service may have used an attempt). The values are in
 * application.properties ({@code quarkus.fault-tolerance."…OtpVerifier/verify".*}).
 */
@ApplicationScoped
public class OtpVerifier {

    private final OtpServiceClient client;

    public OtpVerifier(@RestClient OtpServiceClient client) {
        this.client = client;
    }

    @AsynchronousNonBlocking
    @Timeout
    @Retry(retryOn = OtpServiceUnreachableException.class)
    public Uni<OtpVerification.Result> verify(UUID requestId, String code) {
        return client.verify(requestId.toString(), new OtpVerification.Request(code))
                .onFailure(OtpVerifier::isConnectionFailure).transform(OtpServiceUnreachableException::new);
    }

    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
