package dev.remotecommands.systemtests.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.vehicle.CommandStatus;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads commands back from command-service as their driver sees them ({@code GET /v1/commands/{id}} and the car's
 * history), and waits for them to be terminal. It reads little while it waits, so as not to take the CPU from the
 * platform it measures: first each car's latest 100 commands (one request per car), then one by one only the
 * commands that this did not show terminal.
 */
public final class TerminalWatch implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int READERS = 6;

    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
    private final String commandServiceUrl;
    private final String accessToken;
    private final List<String> vins;

    /** @param accessToken the token of the driver who owns every watched command */
    public TerminalWatch(String commandServiceUrl, String accessToken, List<String> vins) {
        this.commandServiceUrl = commandServiceUrl;
        this.accessToken = accessToken;
        this.vins = List.copyOf(vins);
    }

    /** True for a terminal status as the contract defines it ({@link CommandStatus#isTerminal()}). */
    public static boolean isTerminal(String status) {
        return Arrays.stream(CommandStatus.values())
                .anyMatch(each -> each.isTerminal() && each.name().equals(status));
    }

    public static boolean isTerminal(JsonNode command) {
        return command != null && isTerminal(command.path("status").asText());
    }

    /** How many terminal entries a command's history shows (exactly one is what users rely on). */
    public static long terminalEntries(JsonNode command) {
        long entries = 0;
        for (JsonNode entry : command.path("history")) {
            if (isTerminal(entry.path("status").asText())) {
                entries++;
            }
        }
        return entries;
    }

    /**
     * Waits until every command is terminal or {@code timeout} has passed. Returns each command as first read in a
     * terminal state, and the still open ones as last read (or not at all when they could not be read): the caller
     * tells which stayed open.
     */
    public Map<String, JsonNode> awaitTerminal(Collection<String> ids, Duration timeout) {
        Map<String, JsonNode> views = new ConcurrentHashMap<>();
        Set<String> open = ConcurrentHashMap.newKeySet();
        open.addAll(ids);
        try {
            await(open.size() + " commands terminal").atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL).pollInSameThread()
                    .until(() -> {
                        readOpen(open, views);
                        return open.isEmpty();
                    });
        } catch (ConditionTimeoutException stillOpen) {
            // the views say which commands stayed open, and how they were last seen
        }
        return views;
    }

    /** One look at the open commands: the cars' histories first, then one by one those still open. */
    private void readOpen(Set<String> open, Map<String, JsonNode> views) throws InterruptedException {
        for (String vin : vins) {
            for (JsonNode command : history(vin)) {
                String id = command.path("id").asText();
                if (open.contains(id) && isTerminal(command)) {
                    views.put(id, command);
                    open.remove(id);
                }
            }
        }
        read(List.copyOf(open)).forEach((id, command) -> {
            views.put(id, command);
            if (isTerminal(command)) {
                open.remove(id);
            }
        });
    }

    /** Every command as it is now, read one by one (unreadable ones are missing). */
    public Map<String, JsonNode> read(Collection<String> ids) throws InterruptedException {
        Map<String, JsonNode> views = new ConcurrentHashMap<>();
        List<Future<?>> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(readers.submit(() -> command(id).ifPresent(command -> views.put(id, command))));
        }
        for (Future<?> read : reads) {
            try {
                read.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading a command failed", e.getCause());
            }
        }
        return views;
    }

    private Optional<JsonNode> command(String id) {
        return get("/v1/commands/" + id);
    }

    /** The car's latest 100 commands of the driver, newest first (empty if it could not be read). */
    private JsonNode history(String vin) {
        return get("/v1/vehicles/" + vin + "/commands?limit=100").orElseGet(json::createArrayNode);
    }

    private Optional<JsonNode> get(String path) {
        return RawHttp.getJson(commandServiceUrl + path, accessToken);
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
