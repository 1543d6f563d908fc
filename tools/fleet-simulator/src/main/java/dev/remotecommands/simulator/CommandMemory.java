package dev.remotecommands.simulator;

import dev.remotecommands.contracts.mqtt.AckMessage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A car's bounded memory of the commands it answered: the ack it gave for each recent command id (so a
 * redelivery gets the same answer and never a second run) and the log of the commands it executed. Memory stays
 * bounded: the oldest ids are forgotten first, which is safe because commands expire long before that.
 */
final class CommandMemory {

    private final int capacity;
    private final int logCapacity;
    private final Map<UUID, AckMessage> answers;
    private final Deque<ExecutedCommand> executed = new ArrayDeque<>();
    private long executedCount;

    /**
     * @param capacity    answered command ids (and recent executions) remembered
     * @param logCapacity executions kept in the log, oldest first out; larger than {@code capacity} so that a test
     *                    can check every execution of a long run, including a second run of a forgotten id
     */
    CommandMemory(int capacity, int logCapacity) {
        this.capacity = capacity;
        this.logCapacity = logCapacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, AckMessage> eldest) {
                return size() > CommandMemory.this.capacity;
            }
        };
    }

    Optional<AckMessage> answerTo(UUID commandId) {
        return Optional.ofNullable(answers.get(commandId));
    }

    void rememberAnswer(AckMessage ack) {
        answers.put(ack.commandId(), ack);
    }

    void recordExecution(ExecutedCommand command) {
        executed.addFirst(command);
        if (executed.size() > logCapacity) {
            executed.removeLast();
        }
        executedCount++;
    }

    long executedCount() {
        return executedCount;
    }

    /** Every execution still in the log (at most {@code logCapacity}), oldest first. */
    List<ExecutedCommand> executionLog() {
        List<ExecutedCommand> log = new ArrayList<>(executed);
        Collections.reverse(log);
        return log;
    }

    /** The most recent executed commands, newest first. */
    List<ExecutedCommand> recentExecutions(int limit) {
        List<ExecutedCommand> recent = new ArrayList<>(Math.min(limit, executed.size()));
        for (ExecutedCommand command : executed) {
            if (recent.size() == limit) {
                break;
            }
            recent.add(command);
        }
        return recent;
    }
}
