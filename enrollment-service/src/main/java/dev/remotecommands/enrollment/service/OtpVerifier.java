package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Asks otp-service whether a typed code is right, while the driver waits: at most about 2 s per try, and one retry
 * only when no connection could be made (a check that reached otp-service may have used an attempt).
 */
@ApplicationScoped
public class OtpVerifier {

    private final OtpServiceClient client;

    public OtpVerifier(EnrollmentConfig config) {
        this.client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.otpService().url()))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(2, TimeUnit.SECONDS)
                .build(OtpServiceClient.class);
    }

    @AsynchronousNonBlocking
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, retryOn = OtpServiceUnreachableException.class)
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
