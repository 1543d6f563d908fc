package dev.remotecommands.local;

import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.LocalRealm;
import dev.remotecommands.infrastructure.keycloak.TokenClient;
import dev.remotecommands.local.journey.Driver;

import java.util.Map;

/** What LocalPlatform prints once everything is up: where things are and how to drive a command by hand. */
final class Walkthrough {

    private Walkthrough() {
    }

    static String text(Map<String, String> endpoints, boolean withServices, PlatformSecrets secrets) {
        String keycloak = endpoints.get(Endpoints.KEYCLOAK_URL);
        String tokenEndpoint = TokenClient.tokenEndpoint(keycloak);
        StringBuilder text = new StringBuilder();
        text.append("""

                ==================================================================================
                 Remote Commands platform is up. Ctrl-C stops everything.
                ==================================================================================
                 Kafka                %s
                 PostgreSQL           %s:%s  (databases command, bridge, enrollment, otp; user = password = name)
                 MQTT broker          tcp://%s:%s
                 Keycloak             %s  (admin console: admin / admin; realm %s)
                """.formatted(endpoints.get(Endpoints.KAFKA_BOOTSTRAP_SERVERS), endpoints.get(Endpoints.POSTGRES_HOST),
                endpoints.get(Endpoints.POSTGRES_PORT), endpoints.get(Endpoints.MQTT_HOST),
                endpoints.get(Endpoints.MQTT_PORT), keycloak, LocalRealm.REALM));
        if (withServices) {
            // every service but the simulator serves Prometheus metrics (the Grafana dashboard: deploy/grafana/)
            LocalPlatform.SERVICES.forEach(service -> text.append(String.format(" %-20s http://localhost:%d%s%n",
                    service.module(), service.port(), service.module().equals(LocalPlatform.SIMULATOR) ? ""
                            : String.format("   metrics http://localhost:%d/q/metrics", service.port()))));
            text.append("""
                     Logs                 .local/logs/

                    The demo driver is certified for %3$s (above). Command it with the remote session:

                      TOKEN=$(curl -s -d grant_type=password -d client_id=%1$s -d username=driver -d password=driver \\
                        %2$s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                      SESSION=$(curl -s -X POST http://localhost:8081/v1/remote-sessions -H "Authorization: Bearer $TOKEN" \\
                        -H 'Content-Type: application/json' -d '{"deviceId":"%4$s","safetyCode":"%5$s"}' \\
                        | sed -E 's/.*"token":"([^"]+)".*/\\1/')
                      curl -i -X POST http://localhost:8083/v1/vehicles/%3$s/commands -H "Authorization: Bearer $TOKEN" \\
                        -H "X-Remote-Session: $SESSION" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \\
                        -H 'Content-Type: application/json' -d '{"type":"LOCK"}'
                      curl -s http://localhost:8083/v1/vehicles/%3$s/state -H "Authorization: Bearer $TOKEN"
                      curl -s http://localhost:8085/v1/cars/%3$s      # the simulated car itself

                    The whole journey by hand for other-driver and %6$s: README.md, "The journey by hand".
                    """.formatted(LocalRealm.CLIENT_ID, tokenEndpoint, LocalPlatform.DEMO_VIN, Driver.DEMO.deviceId(),
                    Driver.DEMO.safetyCode(), LocalPlatform.OTHER_VIN));
        } else {
            text.append("""

                     Services not started (--no-services). Their secrets for this run:
                       commands.signing.private-key=%s
                       bridge.command-verification-key=%s
                       commands.remote-session.verification-key=%s
                       enrollment.remote-session.signing-key=%s
                       enrollment.safety-code.hmac-secret=%s
                       otp.hmac-secret=%s
                    """.formatted(secrets.commandSigningKey(), secrets.commandVerificationKey(),
                    secrets.remoteSessionVerificationKey(), secrets.remoteSessionSigningKey(),
                    secrets.safetyCodeHmacSecret(), secrets.otpHmacSecret()));
        }
        text.append("==================================================================================");
        return text.toString();
    }
}
