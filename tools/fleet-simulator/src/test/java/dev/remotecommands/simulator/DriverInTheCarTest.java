package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.mqtt.StateMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST API that plays the driver sitting in the car: ignition, privacy mode, Bluetooth pairing. */
@QuarkusTest
class DriverInTheCarTest extends WithBridgeProbe {

    private static final String VIN = "VF7DEMCAR00000010";

    @AfterEach
    void engineOff() {
        setIgnition(false);
    }

    @Test
    void turning_the_key_is_reported_on_the_retained_state() {
        setIgnition(true).body("ignition", equalTo("ON"));

        assertThat(bridge.retained(VIN, VehicleTopics.STATE, StateMessage.class).ignition())
                .isEqualTo(IgnitionState.ON);
    }

    @Test
    void bluetooth_pairing_is_reported_with_the_cars_own_ignition_and_privacy() {
        setIgnition(true);

        given().contentType(ContentType.JSON)
                .body("{\"challenge\": \"c-42\", \"deviceId\": \"phone-7\"}")
                .post("/v1/cars/{vin}/bluetooth-pairing", VIN)
                .then().statusCode(202)
                .body("challenge", equalTo("c-42"))
                .body("ignition", equalTo("ON"));

        PairingMessage pairing = bridge.awaitMessage(VIN, VehicleTopics.PAIRING, PairingMessage.class,
                message -> "c-42".equals(message.challenge()));
        assertThat(pairing.deviceId()).isEqualTo("phone-7");
        assertThat(pairing.ignition()).isEqualTo(IgnitionState.ON);
        assertThat(pairing.privacyMode()).isEqualTo(PrivacyMode.SHARING);
        assertThat(pairing.at()).isNotNull();
    }

    @Test
    void a_car_with_its_engine_running_cannot_be_put_to_sleep() {
        setIgnition(true);

        given().post("/v1/cars/{vin}/sleep", VIN).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/engine-running"))
                .body("status", equalTo(409));
        given().get("/v1/cars/{vin}", VIN).then().body("presence", equalTo("ONLINE"));
    }

    private static ValidatableResponse setIgnition(boolean on) {
        return given().contentType(ContentType.JSON).body("{\"on\": " + on + "}")
                .put("/v1/cars/{vin}/ignition", VIN)
                .then().statusCode(200);
    }
}
