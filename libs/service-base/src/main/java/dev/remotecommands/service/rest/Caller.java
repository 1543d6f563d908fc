package dev.remotecommands.service.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The account of the current request: the subject of its access token. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String accountId() {
        return accountIdOf(identity);
    }

    /**
     * The OIDC client the request came through (the token's {@code azp}, e.g. the BFF's client id); null when the
     * token names none.
     */
    public String clientId() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token.getClaim("azp");
        }
        return null;
    }

    /** For code that holds the identity itself, such as a request filter. */
    public static String accountIdOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
