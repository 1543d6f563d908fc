package dev.remotecommands.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one exception family of the services: each instance is an RFC 9457 problem, written by
 * {@link ProblemMappers} as {@code application/problem+json}. Each service builds them in its own catalogue of
 * problem types (its {@code Problems} class), so that every answer says what was wrong and what to do.
 */
public class ProblemException extends RuntimeException {

    /** Base of every problem {@code type} URI; the slug after it names the cause. */
    public static final String TYPE_BASE = "https://remote-commands.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem body, such as {@code retryAfterSeconds}. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The problem body: type, title, status, detail, then the extensions. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail());
        body.putAll(extensions);
        return body;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // an expected answer to a client, not a bug: no stack trace to collect
        return this;
    }
}
