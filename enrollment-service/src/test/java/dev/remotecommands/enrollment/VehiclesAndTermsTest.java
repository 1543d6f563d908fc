package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

@QuarkusTest
class VehiclesAndTermsTest {

    private final Account driver = RealmDrivers.driver();
    private final Account otherDriver = RealmDrivers.otherDriver();

    @BeforeEach
    void freshAccounts() {
        Fixture.forget(driver);
        Fixture.forget(otherDriver);
    }

    @Test
    void registeringTwiceGivesBackTheSameVehicleAndAFamilyCarBelongsToBothAccounts() {
        String vin = Fixture.newVin();
        Response first = registerVehicle(driver, vin);
        expect(first, 201);
        assertThat(first.<String>path("remoteCommandsStatus")).isEqualTo("NOT_SUBSCRIBED");
        expect(registerVehicle(driver, vin), 200);
        expect(registerVehicle(otherDriver, vin), 201);
        assertThat(as(driver).get("/v1/vehicles").<List<String>>path("vin")).containsExactly(vin);
    }

    @Test
    void aMalformedVinIs400() {
        for (String vin : List.of("SHORT", "VF7ENR0000000000I", "vf7enr00000000001", "VF7ENR0000000000001")) {
            Response response = registerVehicle(driver, vin);
            expect(response, 400);
            assertThat(response.<String>path("type")).endsWith("/malformed-vin");
        }
    }

    @Test
    void theTermsHaveAVersionAndAUrl() {
        Response terms = as(driver).get("/v1/terms/remote-commands");
        expect(terms, 200);
        assertThat(terms.<String>path("version")).isEqualTo(Fixture.TERMS_VERSION);
        assertThat(terms.<String>path("url")).startsWith("https://");
        assertThat(terms.<String>path("publishedAt")).isNotBlank();
    }

    @Test
    void activationNeedsTheCurrentTermsAcceptedOnARegisteredVehicle() {
        String vin = Fixture.newVin();
        expect(registerVehicle(driver, vin), 201);
        String path = "/v1/vehicles/{vin}/remote-commands/activation";
        Response notAccepted = as(driver).body(Map.of("termsVersion", Fixture.TERMS_VERSION, "termsAccepted", false))
                .post(path, vin);
        expect(notAccepted, 422);
        assertThat(notAccepted.<String>path("type")).endsWith("/terms-not-accepted");
        Response old = as(driver).body(Map.of("termsVersion", "2025-01", "termsAccepted", true)).post(path, vin);
        expect(old, 422);
        assertThat(old.<String>path("currentVersion")).isEqualTo(Fixture.TERMS_VERSION);

        expect(Fixture.activate(driver, Fixture.newVin()), 404);
        expect(Fixture.activate(otherDriver, vin), 404); // not the other account's vehicle
        expect(Fixture.journey(otherDriver, vin), 404);

        Response activated = Fixture.activate(driver, vin);
        expect(activated, 200);
        assertThat(activated.<String>path("status")).isEqualTo("CERTIFICATION_REQUIRED");
        assertThat(activated.<String>path("nextStep")).isEqualTo("TRUSTED_PHONE");
    }

    @Test
    void withoutATokenEveryCallIs401() {
        Response response = io.restassured.RestAssured.given().get("/v1/vehicles");
        expect(response, 401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
