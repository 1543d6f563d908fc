package dev.remotecommands.command.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The test resources of every {@code @QuarkusTest} of this module (not restricted to this class), so that all
 * test classes share one application start on real Kafka, PostgreSQL and Keycloak.
 */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "kafka,postgres,keycloak"),
        @ResourceArg(name = InfrastructureTestResource.DATABASE, value = "command") })
@QuarkusTestResource(value = SigningKeyTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = RemoteSessionKeyTestResource.class, restrictToAnnotatedClass = false)
public final class CommandServiceTestResources {

    private CommandServiceTestResources() {
    }
}
