package dev.remotecommands.simulator;

import java.util.List;

/**
 * What {@code GET /v1/cars/{vin}/executions} shows: every time the car executed a command since the simulator
 * started, oldest first, so a test can prove that no command id ran twice and none ran after its deadline.
 *
 * @param count      executions since start; larger than {@code executions.size()} once the log dropped its oldest
 * @param executions the log, oldest first; refusals and replayed answers are not executions and are not in it
 */
public record ExecutionLog(String vin, long count, List<ExecutedCommand> executions) {
}
