package dev.remotecommands.enrollment.rest;

import dev.remotecommands.enrollment.config.EnrollmentConfig;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The current remote-commands terms of use. */
@Path("/v1/terms/remote-commands")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    @Schema(example = "{\"version\": \"2026-09\","
            + " \"url\": \"https://remote-commands.dev/terms/remote-commands/2026-09\","
            + " \"publishedAt\": \"2026-09-01T00:00:00Z\"}")
    public record Terms(String version, String url, Instant publishedAt) {
    }

    private final EnrollmentConfig config;

    public TermsResource(EnrollmentConfig config) {
        this.config = config;
    }

    @GET
    @Operation(summary = "The current terms version and where to read them")
    public Terms current() {
        return new Terms(config.terms().version(), config.terms().url(), config.terms().publishedAt());
    }
}
