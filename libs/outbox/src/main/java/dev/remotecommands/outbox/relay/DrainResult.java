package dev.remotecommands.outbox.relay;

import java.util.List;

/**
 * What one relay pass did.
 *
 * @param selected rows it read (at most the batch limit)
 * @param acknowledgedRowIds rows Kafka acknowledged, deleted by the pass
 * @param failed rows that stay in the outbox because their send failed or was not acknowledged in time
 * @param firstFailure why the first of the failed rows was not published, or null
 * @param otherRelayActive another relay (instance) held the outbox, so this pass did nothing
 * @param unsettled sends among the failed ones that may still reach Kafka
 */
record DrainResult(int selected, List<Long> acknowledgedRowIds, int failed, Throwable firstFailure,
        boolean otherRelayActive, List<Publication> unsettled) {

    static final DrainResult OTHER_RELAY_ACTIVE = new DrainResult(0, List.of(), 0, null, true, List.of());
    static final DrainResult EMPTY = new DrainResult(0, List.of(), 0, null, false, List.of());

    static DrainResult databaseFailure(Throwable failure) {
        return new DrainResult(0, List.of(), 1, failure, false, List.of());
    }

    int published() {
        return acknowledgedRowIds.size();
    }

    boolean hasFailures() {
        return failed > 0;
    }
}
