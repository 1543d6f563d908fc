package dev.remotecommands.simulator.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The test resources every @QuarkusTest of this module shares, declared once (not restricted to this class) so
 * that all test classes run against one application start: a real MQTT broker and the platform's signing keys.
 */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "mqtt"))
@QuarkusTestResource(value = CommandKeysTestResource.class, restrictToAnnotatedClass = false)
public final class FleetTestResources {

    private FleetTestResources() {
    }
}
