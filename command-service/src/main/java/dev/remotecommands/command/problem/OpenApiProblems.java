package dev.remotecommands.command.problem;

import dev.remotecommands.command.service.RemoteSessionRejection;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.problem.openapi.ProblemCatalogue;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;

import java.util.UUID;

/**
 * The problems of command-service as its OpenAPI document shows them (mp.openapi.filter): one example of each,
 * built by the factories of {@link Problems}; the resource methods name theirs in {@code x-problems}.
 */
public class OpenApiProblems extends ProblemResponsesFilter {

    private static final String VIN = "WVWZZZ1JZXW000001";

    public static final ProblemCatalogue CATALOGUE = ProblemCatalogue.withCommonProblems()
            .add(Problems.vehicleNotFound(VIN))
            .add(Problems.activationInProgress(VIN))
            .add(Problems.commandNotFound("7c9e6679-7425-40de-944b-e07fc1f90ae7"))
            .add(Problems.idempotencyKeyRequired())
            .add(Problems.idempotencyKeyMalformed("42"))
            .add(Problems.idempotencyKeyReused(UUID.fromString("3f2b8c1e-6a4d-4b5e-9c1f-2a7d8e9b0c3d")))
            .add(Problems.commandTypeRequired())
            .add(Problems.unknownCommandType("OPEN_TRUNK"))
            .add(Problems.invalidLimit("500", 100))
            .add(Problems.sameActionInProgress(CommandType.LOCK))
            .add(Problems.tooManyRequests(CommandType.HORN, 42, new Problems.RateLimitFacts(3, 60)))
            .add(RemoteSessionRejection.EXPIRED.problem())
            .add(Problems.webhookNotFound())
            .add(Problems.deadLetterNotFound("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"))
            .build();

    public OpenApiProblems() {
        super(CATALOGUE);
    }
}
