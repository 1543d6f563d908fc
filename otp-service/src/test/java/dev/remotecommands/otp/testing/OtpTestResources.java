package dev.remotecommands.otp.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The test resources of every {@code @QuarkusTest} of this module (not restricted to this class), so that all
 * test classes share one application start on real Kafka and PostgreSQL, with a WireMock SMS provider.
 */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "kafka,postgres"),
        @ResourceArg(name = InfrastructureTestResource.DATABASE, value = "otp") })
@QuarkusTestResource(value = FakeSmsProviderResource.class, restrictToAnnotatedClass = false)
public final class OtpTestResources {

    private OtpTestResources() {
    }
}
