package dev.remotecommands.simulator.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.simulator.Provisioning;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

class VehicleMessagesTest {

    private static final String TOPIC = "vehicles/VF7DEMCAR00000001/commands";

    private final VehicleMessages messages = new VehicleMessages(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void reads_a_command_as_the_bridge_writes_it() {
        UUID id = UUID.randomUUID();
        String json = """
                {"commandId": "%s", "vin": "VF7DEMCAR00000001", "type": "LOCK",
                 "issuedAt": "2026-11-26T10:00:00Z", "expiresAt": "2026-11-26T10:01:00.123Z", "signature": "c2ln"}
                """.formatted(id);

        assertThat(messages.command(TOPIC, Buffer.buffer(json))).contains(new CommandMessage(id,
                "VF7DEMCAR00000001", CommandType.LOCK, Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T10:01:00.123Z"), "c2ln"));
    }

    @Test
    void garbage_is_dropped() {
        assertThat(messages.command(TOPIC, Buffer.buffer("not json {"))).isEmpty();
        assertThat(messages.command(TOPIC, Buffer.buffer("[1, 2]"))).isEmpty();
        assertThat(messages.command(TOPIC, Buffer.buffer(""))).isEmpty();
        assertThat(messages.command(TOPIC, Buffer.buffer("{\"commandId\": \"nope\"}"))).isEmpty();
        assertThat(messages.wakeup(TOPIC, Buffer.buffer("\u0000\u0001"))).isEmpty();
        assertThat(messages.provisioning(TOPIC, Buffer.buffer("{\"remoteControl\": \"maybe\"}"))).isEmpty();
    }

    @Test
    void a_malformed_command_with_an_id_comes_back_with_only_its_id_so_it_can_be_refused() {
        UUID id = UUID.randomUUID();
        String json = "{\"commandId\": \"%s\", \"type\": \"SELF_DESTRUCT\"}".formatted(id);

        assertThat(messages.command(TOPIC, Buffer.buffer(json)))
                .contains(new CommandMessage(id, null, null, null, null, null));
    }

    @Test
    void reads_provisioning_with_its_key() {
        KeyPair keys = CommandSignature.generateKeyPair();
        String json = """
                {"remoteControl": true, "devices": ["phone-1"], "commandKey": "%s", "at": "2026-11-26T10:00:00Z"}
                """.formatted(CommandSignature.encode(keys.getPublic()));

        Provisioning provisioning = messages.provisioning(TOPIC, Buffer.buffer(json)).orElseThrow();

        assertThat(provisioning.remoteControl()).isTrue();
        assertThat(provisioning.devices()).containsExactly("phone-1");
        assertThat(provisioning.commandKey()).contains(keys.getPublic());
    }

    @Test
    void an_empty_retained_provisioning_means_no_provisioning() {
        assertThat(messages.provisioning(TOPIC, Buffer.buffer())).contains(Provisioning.NONE);
    }

    @Test
    void provisioning_with_a_broken_key_is_dropped_whole() {
        assertThat(messages.provisioning(TOPIC, Buffer.buffer("{\"remoteControl\": true, \"commandKey\": \"!!\"}")))
                .isEmpty();
        assertThat(messages.provisioning(TOPIC, Buffer.buffer("{\"remoteControl\": true}")))
                .contains(new Provisioning(true, List.of(), Optional.empty()));
    }

    @Test
    void writes_instants_as_iso_8601() {
        String json = messages.encode(new PresenceMessage(Presence.ASLEEP, Instant.parse("2026-11-26T10:00:00Z")))
                .toString();

        assertThat(json).isEqualTo("{\"status\":\"ASLEEP\",\"at\":\"2026-11-26T10:00:00Z\"}");
    }
}
