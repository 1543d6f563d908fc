package dev.remotecommands.infrastructure;

import dev.remotecommands.infrastructure.LocalService.SigningKeys;
import dev.remotecommands.infrastructure.keycloak.TokenClient;

import java.util.Map;

/** What LocalPlatform prints once everything is up: where things are and how to drive a command by hand. */
final class Walkthrough {

    private Walkthrough() {
    }

    static String text(Map<String, String> endpoints, boolean withServices, SigningKeys keys) {
        String keycloak = endpoints.get(Endpoints.KEYCLOAK_URL);
        String tokenEndpoint = TokenClient.tokenEndpoint(keycloak);
        StringBuilder text = new StringBuilder();
        text.append("""

                ==================================================================================
                 Remote Commands platform is up. Ctrl-C stops everything.
                ==================================================================================
                 Kafka            %s
                 PostgreSQL       %s:%s  (databases command, bridge, enrollment, otp; user = password = name)
                 MQTT broker      tcp://%s:%s
                 Keycloak         %s  (admin console: admin / admin; realm %s)
                """.formatted(endpoints.get(Endpoints.KAFKA_BOOTSTRAP_SERVERS), endpoints.get(Endpoints.POSTGRES_HOST),
                endpoints.get(Endpoints.POSTGRES_PORT), endpoints.get(Endpoints.MQTT_HOST),
                endpoints.get(Endpoints.MQTT_PORT), keycloak, LocalRealm.REALM));
        if (withServices) {
            LocalPlatform.SERVICES.forEach(service -> text.append(String.format(" %-16s http://localhost:%d%n",
                    service.module(), service.port())));
            text.append("""
                     Logs             .local/logs/

                    Try it (users driver/driver and other-driver/other-driver):

                      TOKEN=$(curl -s -d grant_type=password -d client_id=%1$s -d username=driver -d password=driver \\
                        %2$s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')

                      LOCATION=$(curl -s -o /dev/null -w '%%header{location}' -X POST \\
                        http://localhost:8083/v1/vehicles/%3$s/commands \\
                        -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \\
                        -H 'Content-Type: application/json' -d '{"type":"UNLOCK"}'); echo "$LOCATION"

                      curl -s "$(echo "$LOCATION" | sed 's#^/#http://localhost:8083/#')" -H "Authorization: Bearer $TOKEN"

                      curl -s http://localhost:8083/v1/vehicles/%3$s/state -H "Authorization: Bearer $TOKEN"

                      curl -s http://localhost:8085/v1/cars/%3$s      # the simulated car itself
                    """.formatted(LocalRealm.CLIENT_ID, tokenEndpoint, LocalPlatform.DEMO_VIN));
        } else {
            text.append("""

                     Services not started (--no-services). Their key material for this run:
                       commands.signing.private-key=%s
                       simulator.command-verification-key / bridge.command-verification-key=%s
                    """.formatted(keys.privateKeyPkcs8(), keys.publicKeyX509()));
        }
        text.append("==================================================================================");
        return text.toString();
    }
}
