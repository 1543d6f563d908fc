package dev.remotecommands.infrastructure;

import java.util.Map;

/**
 * The JVM-wide handle on the running infrastructure, registered with the platform MBean server. Quarkus may load
 * the test resource and the test classes in different class loaders; this interface only uses JDK types, so
 * {@link Infrastructure#current()} reaches the same running components from any of them.
 */
public interface InfrastructureMXBean {

    /** How to reach each started component, under the keys of {@link Endpoints}. */
    Map<String, String> getEndpoints();

    /** The started components, as a comma list. */
    String getComponents();

    /** Starts the components of the comma list that are not started yet and creates the missing databases. */
    void ensure(String components, String databases);

    void start(String component);

    void stop(String component);

    boolean isRunning(String component);

    /** An access token from the local realm (password grant, client mobile-app). */
    String accessToken(String username, String password);
}
