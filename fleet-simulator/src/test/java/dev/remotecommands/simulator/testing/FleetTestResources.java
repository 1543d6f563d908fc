package dev.remotecommands.simulator.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The test resources every @QuarkusTest of this module shares, declared once so that all test classes run
 * against one application start.
 */
@QuarkusTestResource(value = CommandKeysTestResource.class, restrictToAnnotatedClass = false)
public final class FleetTestResources {

    private FleetTestResources() {
    }
}
