package dev.remotecommands.otp.sms;

/** The provider could not take the message now (connection failure, 5xx, 429): the one failure worth a retry. */
public class SmsProviderUnavailableException extends SmsSendingException {

    public SmsProviderUnavailableException(String message, Throwable cause) {
        super(Reason.PROVIDER_UNAVAILABLE, message, cause);
    }
}
