package dev.remotecommands.otp.sms;

import dev.remotecommands.otp.config.OtpConfig;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.net.ConnectException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;

/**
 * Provider {@code http}: a Twilio-style messages API. {@code POST {base-url}/2010-04-01/Accounts/{sid}/Messages.json}
 * with form fields To, From, Body and basic auth (sid, token); 201 with {@code sid} and {@code status}.
 * <p>
 * Retried with back-off only when the provider surely did not take the message: connection failures, 5xx and 429.
 * A 4xx is final (FAILED with the provider's message). A request that timed out after it was sent is not
 * retried either: the provider may have sent the SMS, and a second one is worse than a "resend" tap.
 */
@ApplicationScoped
@Typed(HttpSmsSender.class)
public class HttpSmsSender implements SmsSender {

    private static final int TOO_MANY_REQUESTS = 429;

    private final WebClient client;
    private final OtpConfig.Http config;

    public HttpSmsSender(Vertx vertx, OtpConfig config) {
        this.client = WebClient.create(vertx);
        this.config = config.sms().http();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Whether the settings this adapter needs are all given. */
    public static String missingSettings(OtpConfig.Http http) {
        StringBuilder missing = new StringBuilder();
        if (http.accountSid().filter(s -> !s.isBlank()).isEmpty()) {
            missing.append(" otp.sms.http.account-sid");
        }
        if (http.authToken().filter(s -> !s.isBlank()).isEmpty()) {
            missing.append(" otp.sms.http.auth-token");
        }
        if (http.from().filter(s -> !s.isBlank()).isEmpty()) {
            missing.append(" otp.sms.http.from");
        }
        return missing.toString().trim();
    }

    @Override
    @Retry(maxRetries = 3, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 50,
            retryOn = SmsProviderUnavailableException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    public Uni<SmsReceipt> send(String toE164, String body) {
        String missing = missingSettings(config);
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(new SmsSendingException(SmsSendingException.Reason.PROVIDER_ERROR,
                    "the HTTP SMS provider is not configured: " + missing));
        }
        String sid = config.accountSid().orElseThrow();
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("To", toE164)
                .add("From", config.from().orElseThrow())
                .add("Body", body);
        return client.postAbs(messagesUrl(sid))
                .basicAuthentication(sid, config.authToken().orElseThrow())
                .putHeader("Accept", "application/json")
                .connectTimeout(config.connectTimeout().toMillis())
                .timeout(config.readTimeout().toMillis())
                .sendForm(form)
                .onFailure().transform(HttpSmsSender::classify)
                .map(HttpSmsSender::receipt);
    }

    private String messagesUrl(String sid) {
        String base = config.baseUrl().endsWith("/")
                ? config.baseUrl().substring(0, config.baseUrl().length() - 1)
                : config.baseUrl();
        return base + "/2010-04-01/Accounts/" + URLEncoder.encode(sid, StandardCharsets.UTF_8) + "/Messages.json";
    }

    private static SmsReceipt receipt(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        JsonObject json = jsonOf(response);
        if (status >= 200 && status < 300) {
            return new SmsReceipt(json.getString("sid"), json.getString("status"));
        }
        String message = "HTTP " + status + ": " + json.getString("message", response.statusMessage());
        if (status == TOO_MANY_REQUESTS || status >= 500) {
            throw new SmsProviderUnavailableException(message, null);
        }
        throw new SmsSendingException(SmsSendingException.Reason.PROVIDER_REJECTED, message);
    }

    private static JsonObject jsonOf(HttpResponse<Buffer> response) {
        try {
            JsonObject json = response.bodyAsJsonObject();
            return json == null ? new JsonObject() : json;
        } catch (RuntimeException notJson) {
            return new JsonObject();
        }
    }

    private static Throwable classify(Throwable failure) {
        if (failure instanceof SmsSendingException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                // the request never reached the provider: safe to try again
                return new SmsProviderUnavailableException("cannot connect: " + cause.getMessage(), failure);
            }
            if (cause instanceof TimeoutException) {
                return new SmsSendingException(SmsSendingException.Reason.PROVIDER_TIMEOUT,
                        "no answer in time: " + cause.getMessage(), failure);
            }
        }
        return new SmsSendingException(SmsSendingException.Reason.PROVIDER_ERROR, String.valueOf(failure), failure);
    }
}
