package dev.remotecommands.outbox.testing;

import dev.remotecommands.infrastructure.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real Kafka and PostgreSQL for every @QuarkusTest of this module, shared by one application start. */
@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, initArgs = {
        @ResourceArg(name = InfrastructureTestResource.COMPONENTS, value = "kafka,postgres"),
        @ResourceArg(name = InfrastructureTestResource.DATABASE, value = "outbox")
})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
