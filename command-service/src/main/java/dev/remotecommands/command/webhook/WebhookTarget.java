package dev.remotecommands.command.webhook;

import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** What a webhook registration must be: an absolute https URL (http only to localhost where allowed), a long secret. */
public final class WebhookTarget {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private WebhookTarget() {
    }

    public static void check(String url, String secret, boolean allowHttpLocalhost) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > 512) {
            throw CommonProblems.invalidField("secret", "must be " + MIN_SECRET_LENGTH + " to 512 characters"
                    + " (e.g. 32 random bytes in base64, or a Standard Webhooks whsec_<base64> secret)");
        }
        if (secret.startsWith(WebhookSignature.STANDARD_SECRET_PREFIX) && !isStandardKey(secret)) {
            throw CommonProblems.invalidField("secret", "starts with " + WebhookSignature.STANDARD_SECRET_PREFIX
                    + " but what follows is not base64 of at least 24 bytes");
        }
        URI uri = parse(url);
        boolean https = "https".equals(uri.getScheme());
        boolean localHttp = "http".equals(uri.getScheme()) && LOCAL_HOSTS.contains(uri.getHost());
        if (uri.getHost() == null || uri.getUserInfo() != null || !(https || (allowHttpLocalhost && localHttp))) {
            throw invalidUrl(allowHttpLocalhost);
        }
    }

    private static boolean isStandardKey(String secret) {
        try {
            return WebhookSignature.key(secret).length >= 24;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static URI parse(String url) {
        if (url == null || url.length() > 2000) {
            throw invalidUrl(false);
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw invalidUrl(false);
        }
    }

    private static ProblemException invalidUrl(boolean allowHttpLocalhost) {
        return CommonProblems.invalidField("url", "must be an absolute https URL without credentials"
                + (allowHttpLocalhost ? " (or http://localhost in this profile)" : ""));
    }
}
