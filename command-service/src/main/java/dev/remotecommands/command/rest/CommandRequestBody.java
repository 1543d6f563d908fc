package dev.remotecommands.command.rest;

import dev.remotecommands.command.problem.Problems;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /v1/vehicles/{vin}/commands}: {@code {"type": "LOCK"}}. The type is read as text, so that a
 * missing or unknown one gets its own problem rather than a JSON error.
 */
@Schema(example = "{\"type\": \"LOCK\"}")
public record CommandRequestBody(
        @NotBlank(payload = Problems.CommandTypeRequired.class)
        @KnownCommandType(payload = Problems.UnknownCommandType.class)
        String type) {
}
