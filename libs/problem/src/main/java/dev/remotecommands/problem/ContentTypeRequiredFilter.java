package dev.remotecommands.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;

/**
 * Refuses a body whose {@code Content-Type} is missing, a wildcard or {@code application/octet-stream} on a call that
 * consumes JSON (415): Quarkus REST would read those as JSON, and a client that does not say what it sends should be
 * told rather than guessed for. Calls without {@code @Consumes} read no body; a request without a body needs no type.
 */
public class ContentTypeRequiredFilter {

    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        String[] consumed = consumed(resource);
        if (consumed.length == 0 || !hasBody(request)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            throw CommonProblems.contentTypeMissing();
        }
        MediaType sent;
        try {
            sent = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw CommonProblems.unsupportedMediaType();
        }
        boolean declared = !sent.isWildcardType() && !sent.isWildcardSubtype()
                && Arrays.stream(consumed).map(MediaType::valueOf).anyMatch(type -> type.isCompatible(sent));
        if (!declared) {
            throw CommonProblems.unsupportedMediaType();
        }
    }

    private static String[] consumed(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return new String[0];
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? new String[0]
                : Arrays.stream(consumes.value()).flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::trim).toArray(String[]::new);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length before this runs
        }
    }
}
