package dev.remotecommands.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local realm in a real Keycloak: the fixed users log in with the password grant. */
class KeycloakTest {

    private static Infrastructure.Keycloak keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = Infrastructure.start("keycloak").keycloak();
    }

    @Test
    void driverGetsAnAccessTokenWhoseSubjectIsTheFixedDriverId() throws Exception {
        JsonNode claims = claims(keycloak.accessToken(LocalRealm.DRIVER_USERNAME, LocalRealm.DRIVER_PASSWORD));

        assertThat(claims.get("sub").asText()).isEqualTo(LocalRealm.DRIVER_ID);
        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.authServerUrl());
        assertThat(claims.get("azp").asText()).isEqualTo(LocalRealm.CLIENT_ID);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong())
                .isEqualTo(LocalRealm.ACCESS_TOKEN_LIFESPAN_SECONDS);
    }

    @Test
    void otherDriverIsAnotherAccount() throws Exception {
        JsonNode claims = claims(keycloak.accessToken(LocalRealm.OTHER_DRIVER_USERNAME,
                LocalRealm.OTHER_DRIVER_PASSWORD));

        assertThat(claims.get("sub").asText()).isEqualTo(LocalRealm.OTHER_DRIVER_ID);
    }

    @Test
    void aWrongPasswordIsRefusedWithKeycloaksReason() {
        assertThatThrownBy(() -> keycloak.accessToken(LocalRealm.DRIVER_USERNAME, "not-the-password"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("driver")
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_grant");
    }

    private static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
