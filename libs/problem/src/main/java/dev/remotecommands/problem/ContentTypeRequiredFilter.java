package dev.remotecommands.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body sent without a {@code Content-Type} (415), which Quarkus REST would otherwise read as JSON: a client
 * that does not say what it sends gets told, rather than a guess. A request without a body needs none.
 */
public class ContentTypeRequiredFilter {

    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            throw CommonProblems.contentTypeMissing();
        }
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
