package dev.remotecommands.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.events.RemoteSessionsEnded;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.contracts.events.OtpDeliveryReported;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The records, the JSON Schemas and the AsyncAPI document describe the same events. */
class EventSchemasTest {

    private static final String VIN = "VF7DEMCAR00000001";
    private static final Instant AT = Instant.parse("2026-11-26T13:02:48.123Z");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaIdResolvers(resolvers -> resolvers
                    .mapPrefix("https://remote-commands.dev/schemas/", "classpath:schemas/")));

    static Stream<Map.Entry<String, Object>> examples() {
        UUID commandId = UUID.randomUUID();
        UUID otpRequestId = UUID.randomUUID();
        return Map.<String, Object>of(
                Topics.ENROLLMENT_COMPLETED, new EnrollmentCompleted("account-1", VIN, "phone-1", AT),
                Topics.ENROLLMENT_REVOKED, new EnrollmentRevoked("account-1", VIN, null, "DEACTIVATED", AT),
                Topics.COMMAND_REQUESTED, new CommandRequested(commandId, VIN, "account-1", CommandType.UNLOCK, AT,
                        AT.plusSeconds(60), "c2lnbmF0dXJl"),
                Topics.COMMAND_ACKED, new CommandAcked(commandId, VIN, CommandStatus.FAILED, FailureCause.PRIVACY_MODE,
                        "PRIVACY_MODE", new CarState(DoorState.LOCKED, IgnitionState.OFF, PrivacyMode.PRIVATE), AT),
                Topics.VEHICLE_STATE_REPORTED, new VehicleStateReported(VIN, null, null, null, Presence.ASLEEP, AT),
                Topics.VEHICLE_PAIRING_REPORTED, new VehiclePairingReported(VIN, "q3Vx9c", "phone-1", IgnitionState.ON,
                        PrivacyMode.SHARING, AT),
                Topics.OTP_REQUESTED, new OtpRequested(otpRequestId, "account-1", "+33612345678",
                        OtpPurpose.TRUSTED_PHONE, 6, AT.plusSeconds(600), AT),
                Topics.OTP_DELIVERY_REPORTED, new OtpDeliveryReported(otpRequestId, "account-1",
                        OtpDeliveryStatus.THROTTLED, "RESEND_COOLDOWN", AT),
                Topics.REMOTE_SESSIONS_ENDED, new RemoteSessionsEnded("account-1",
                        SessionsEndReason.SAFETY_CODE_CHANGED, AT.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS), AT))
                .entrySet().stream();
    }

    /** The events keyed by VIN, which carry it in their payload too. */
    static Stream<Map.Entry<String, Object>> vehicleExamples() {
        return examples().filter(example -> !example.getKey().startsWith("Otp")
                && !example.getKey().equals(Topics.REMOTE_SESSIONS_ENDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_event_serialises_to_what_its_schema_allows(Map.Entry<String, Object> example) throws Exception {
        String payload = json.writeValueAsString(example.getValue());

        assertThat(schemaOf(example.getKey()).validate(payload, InputFormat.JSON)).isEmpty();
        assertThat(json.readValue(payload, example.getValue().getClass())).isEqualTo(example.getValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vehicleExamples")
    void a_malformed_vin_is_refused_by_schema_and_record(Map.Entry<String, Object> example) throws Exception {
        ObjectNode payload = json.valueToTree(example.getValue());
        payload.put("vin", "VF7DEMCAR0000000I");

        assertThat(schemaOf(example.getKey()).validate(payload.toString(), InputFormat.JSON)).isNotEmpty();
        assertThatThrownBy(() -> json.treeToValue(payload, example.getValue().getClass()))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_command_without_signature_cannot_be_parsed() throws Exception {
        ObjectNode payload = json.valueToTree(examples().filter(e -> e.getKey().equals(Topics.COMMAND_REQUESTED))
                .findFirst().orElseThrow().getValue());
        payload.remove("signature");

        assertThat(schemaOf(Topics.COMMAND_REQUESTED).validate(payload.toString(), InputFormat.JSON)).isNotEmpty();
        assertThatThrownBy(() -> json.treeToValue(payload, CommandRequested.class))
                .hasRootCauseMessage("signature is required");
    }

    @Test
    void a_phone_number_that_is_not_e164_is_refused_by_schema_and_record() throws Exception {
        ObjectNode payload = json.valueToTree(examples().filter(e -> e.getKey().equals(Topics.OTP_REQUESTED))
                .findFirst().orElseThrow().getValue());
        payload.put("phone", "06 12 34 56 78");

        assertThat(schemaOf(Topics.OTP_REQUESTED).validate(payload.toString(), InputFormat.JSON)).isNotEmpty();
        assertThatThrownBy(() -> json.treeToValue(payload, OtpRequested.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_asyncapi_document_describes_every_topic(Map.Entry<String, Object> example) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            var asyncApi = new YAMLMapper().readTree(in);
            String topic = example.getKey();
            assertThat(asyncApi.at("/channels/" + topic + "/address").asText()).isEqualTo(topic);
            assertThat(asyncApi.at("/components/messages/" + topic + "/payload/$ref").asText())
                    .isEqualTo("schemas/" + topic + ".schema.json");
        }
    }

    private Schema schemaOf(String topic) {
        return schemas.getSchema(SchemaLocation.of("https://remote-commands.dev/schemas/" + topic + ".schema.json"));
    }
}
