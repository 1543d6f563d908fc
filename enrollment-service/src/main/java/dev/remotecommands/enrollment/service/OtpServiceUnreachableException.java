package dev.remotecommands.enrollment.service;

/** otp-service could not be connected to; worth one retry. */
public class OtpServiceUnreachableException extends RuntimeException {

    public OtpServiceUnreachableException(Throwable cause) {
        super("otp-service unreachable: " + cause.getMessage(), cause);
    }
}
