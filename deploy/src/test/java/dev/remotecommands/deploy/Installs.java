package dev.remotecommands.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.stream.Stream;

/** The installs the tests render, and what they share about the chart's objects. */
final class Installs {

    static final String NAME_LABEL = "app.kubernetes.io/name";

    private Installs() {
    }

    /** The small cluster, production, and the small cluster with every optional part on. */
    static Stream<OperatorValues> all() {
        return Stream.of(OperatorValues.smallCluster(), OperatorValues.production(),
                OperatorValues.everythingInCluster());
    }

    /** The Deployments of the platform's services (not of the in-cluster infrastructure). */
    static List<Deployment> serviceDeployments(Manifests manifests) {
        List<String> services = ServiceModule.ALL.stream().map(ServiceModule::name).toList();
        return manifests.all(Deployment.class).stream()
                .filter(deployment -> services.contains(serviceOf(deployment)))
                .toList();
    }

    static String serviceOf(Deployment deployment) {
        return deployment.getMetadata().getLabels().get(NAME_LABEL);
    }
}
