package dev.remotecommands.loadtest.benchmark;

import dev.remotecommands.contracts.vehicle.CommandStatus;

/** Terminal command states as the contract defines them. */
final class Terminal {

    private Terminal() {
    }

    /** True for a terminal status name ({@link CommandStatus#isTerminal()}); false for anything else. */
    static boolean is(String status) {
        try {
            return CommandStatus.valueOf(status).isTerminal();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
