package dev.remotecommands.bridge.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real Kafka, PostgreSQL (database {@code bridge}) and MQTT broker for every {@code @QuarkusTest} of this module:
 * declared once, for all test classes, so they share one application start.
 */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "kafka,postgres,mqtt"),
        @ResourceArg(name = InfrastructureTestResource.DATABASE, value = "bridge") })
public final class BridgeTestResources {

    private BridgeTestResources() {
    }
}
