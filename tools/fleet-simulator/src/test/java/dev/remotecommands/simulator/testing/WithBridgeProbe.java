package dev.remotecommands.simulator.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

/**
 * For test classes that talk to the cars as the vehicle-bridge does: one {@link BridgeProbe} connected to the
 * broker before the class's first test and closed after its last. The cars these tests command are provisioned
 * first, as the bridge would do it (a retained provisioning message turning remote control on, with the platform's
 * key): a car takes commands only while it is provisioned.
 */
public abstract class WithBridgeProbe {

    /** Every car of the test fleet but {@link #UNPROVISIONED}. */
    public static final List<String> PROVISIONED = List.of("VF7DEMCAR00000001", "VF7DEMCAR00000002",
            "VF7DEMCAR00000003", "VF7DEMCAR00000004", "VF7DEMCAR00000005", "VF7DEMCAR00000006", "VF7DEMCAR00000007",
            "VF7DEMCAR00000009", "VF7DEMCAR00000010", "VF7DEMCAR00000011", "VF7DEMCAR00000012");
    /** The car whose provisioning the tests switch on and off themselves. */
    public static final String UNPROVISIONED = "VF7DEMCAR00000008";

    protected static BridgeProbe bridge;

    @BeforeAll
    static void connectBridge() {
        bridge = new BridgeProbe();
    }

    @BeforeEach
    void provisionTheCars() {
        provision(bridge);
    }

    /** Provisions the cars; the message is retained and the same each time, so doing it again changes nothing. */
    public static void provision(BridgeProbe probe) {
        PROVISIONED.forEach(probe::provision);
        for (String vin : PROVISIONED) {
            await().untilAsserted(() -> given().get("/v1/cars/{vin}", vin).then().body("provisioned", is(true)));
        }
    }

    @AfterAll
    static void disconnectBridge() {
        bridge.close();
    }
}
