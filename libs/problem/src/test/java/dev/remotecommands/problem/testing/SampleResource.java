package dev.remotecommands.problem.testing;

import dev.remotecommands.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.net.ConnectException;
import java.util.Map;

/** A small API that fails in each of the ways a service can, for {@code ProblemMappersTest}. */
@Path("/sample")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    public record Greeting(String name, int times) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Greeting echo(Greeting greeting) {
        return greeting;
    }

    @GET
    @Path("/throttled")
    public Greeting throttled() {
        throw new ProblemException(429, "too-many-greetings", "Too many greetings",
                "Wait a minute before greeting again.", Map.of("retryAfterSeconds", 60));
    }

    @GET
    @Path("/bug")
    public Greeting bug() {
        throw new IllegalStateException("a bug with a secret inside");
    }

    @GET
    @Path("/database-down")
    public Greeting databaseDown() {
        throw new RuntimeException("query failed", new ConnectException("Connection refused"));
    }
}
