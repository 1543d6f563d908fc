package dev.remotecommands.loadtest.rawpipe;

import dev.remotecommands.loadtest.benchmark.Target;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The driver's side of the {@link RawPipe}: POSTs through the same kind of HTTP client as the platform's driver,
 * and sees each answer arrive on the answers topic ({@code ECHOED}).
 */
public final class RawPipeTarget implements Target {

    public static final String ECHOED = "ECHOED";
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final RawPipe pipe;
    private final RecordPump answers;
    private final Duration terminalTimeout;

    public RawPipeTarget(RawPipe pipe, Duration terminalTimeout) {
        this.pipe = pipe;
        this.terminalTimeout = terminalTimeout;
        this.answers = pipe.answers((car, id) -> {
            CompletableFuture<String> answer = pending.get(id);
            if (answer != null) {
                answer.complete(ECHOED);
            }
        });
    }

    @Override
    public String name() {
        return "raw-pipe";
    }

    @Override
    public CompletableFuture<Posted> post(int car, String type) {
        // the answer is awaited before the POST leaves: it may come back before the 202 does
        String id = UUID.randomUUID().toString();
        pending.put(id, new CompletableFuture<>());
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipe.url() + "/raw/" + car + "/" + id))
                .timeout(POST_TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            String status = failure != null ? Target.failureLabel(failure) : Integer.toString(response.statusCode());
            if (!status.equals("202")) {
                pending.remove(id);
            }
            return new Posted(status, id, car);
        });
    }

    @Override
    public CompletableFuture<String> terminal(Posted accepted) {
        // completed already if the answer beat the 202 back; forgotten once complete, or timed out
        CompletableFuture<String> answer = pending.get(accepted.id());
        answer.whenComplete((outcome, timeout) -> pending.remove(accepted.id()));
        return answer.orTimeout(terminalTimeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(timeout -> "timeout");
    }

    @Override
    public void close() {
        answers.close();
    }
}
