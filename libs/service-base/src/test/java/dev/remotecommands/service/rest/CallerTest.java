package dev.remotecommands.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

class CallerTest {

    @Test
    void theAccountIsTheSubjectOfTheAccessToken() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token("driver@example.com", Map.of("sub", "3f1c9a5e-account"))).build();

        assertThat(new Caller(identity).accountId()).isEqualTo("3f1c9a5e-account");
    }

    @Test
    void withoutASubjectTheAccountIsThePrincipalsName() {
        var token = QuarkusSecurityIdentity.builder().setPrincipal(new Token("3f1c9a5e-account", Map.of())).build();
        var plain = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("7d2e-account")).build();

        assertThat(Caller.accountIdOf(token)).isEqualTo("3f1c9a5e-account");
        assertThat(Caller.accountIdOf(plain)).isEqualTo("7d2e-account");
    }

    /** An access token whose name claim differs from its subject, as Keycloak's {@code preferred_username} does. */
    private record Token(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
