package dev.remotecommands.otp.sms;

import dev.remotecommands.otp.config.OtpConfig;
import dev.remotecommands.otp.config.SmsProvider;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * Chooses the SMS adapter from runtime configuration ({@code otp.sms.provider}), so that one packaged jar runs
 * with the local inbox under {@code -Dquarkus.profile=local} and with the HTTP provider in production.
 */
@ApplicationScoped
public class SmsSenderProducer {

    private static final Logger LOG = Logger.getLogger(SmsSenderProducer.class);

    private final OtpConfig config;

    public SmsSenderProducer(OtpConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    SmsSender smsSender(Instance<HttpSmsSender> http, Instance<LocalInboxSmsSender> local) {
        return config.sms().provider() == SmsProvider.LOCAL ? local.get() : http.get();
    }

    /** Fails the start when the HTTP provider is chosen without its settings, rather than at the first SMS. */
    void checkProvider(@Observes StartupEvent started) {
        SmsProvider provider = config.sms().provider();
        if (provider == SmsProvider.HTTP) {
            String missing = HttpSmsSender.missingSettings(config.sms().http());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("otp.sms.provider=http needs " + missing
                        + " (env OTP_SMS_HTTP_ACCOUNT_SID, OTP_SMS_HTTP_AUTH_TOKEN, OTP_SMS_HTTP_FROM)");
            }
        }
        LOG.infof("SMS provider: %s", provider.name().toLowerCase());
    }
}
