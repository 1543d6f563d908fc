package dev.remotecommands.enrollment.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The test resources of every {@code @QuarkusTest} of this module (not restricted to this class), so that all
 * test classes share one application start on real Kafka, PostgreSQL and Keycloak, a WireMock otp-service and a
 * fresh remote-session signing key.
 */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "kafka,postgres,keycloak"),
        @ResourceArg(name = InfrastructureTestResource.DATABASE, value = "enrollment") })
@QuarkusTestResource(value = SigningKeyTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeOtpServiceTestResource.class, restrictToAnnotatedClass = false)
public final class EnrollmentTestResources {

    private EnrollmentTestResources() {
    }
}
