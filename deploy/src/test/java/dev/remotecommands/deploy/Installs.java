package dev.remotecommands.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The installs the tests render, and what they share about the chart's objects. */
final class Installs {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    /** The {@code @MethodSource} of {@link #all()}. */
    static final String ALL = "dev.remotecommands.deploy.Installs#all";

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

    /** Renders the install and hands each service's Deployment, with everything rendered, to the check. */
    static void forEachService(OperatorValues values, BiConsumer<Manifests, Deployment> check) {
        Manifests manifests = Chart.render(values);
        serviceDeployments(manifests).forEach(deployment -> check.accept(manifests, deployment));
    }

    static String serviceOf(Deployment deployment) {
        return deployment.getMetadata().getLabels().get(NAME_LABEL);
    }
}
