package dev.remotecommands.deploy;

import static io.quarkus.deployment.pkg.jar.FastJarFormat.APP;
import static io.quarkus.deployment.pkg.jar.FastJarFormat.DEFAULT_FAST_JAR_DIRECTORY_NAME;
import static io.quarkus.deployment.pkg.jar.FastJarFormat.LIB;
import static io.quarkus.deployment.pkg.jar.FastJarFormat.QUARKUS;
import static io.quarkus.deployment.pkg.jar.FastJarFormat.QUARKUS_RUN_JAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's image (src/main/docker/Dockerfile.jvm, or Jib from its application.properties) holds the whole
 * Quarkus fast-jar, runs as the non-root user the chart expects, and carries the name and tag the chart deploys.
 */
class ContainerImageTest {

    private static final String PROJECT_VERSION = System.getProperty("project.version");
    private static final String FAST_JAR = "target/" + DEFAULT_FAST_JAR_DIRECTORY_NAME + "/";
    private static final Manifests ALL_SERVICES = Chart.render(OperatorValues.everythingInCluster());

    static Stream<ServiceModule> services() {
        return ServiceModule.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theDockerfileCopiesTheWholeFastJarThatTheQuarkusBuildLeaves(ServiceModule service) {
        List<String[]> copies = instructions(service, "COPY").stream()
                .map(arguments -> arguments.replaceFirst("^--chown=\\S+\\s+", "").split("\\s+"))
                .toList();

        assertThat(copies).extracting(copy -> copy[0]).containsExactly(FAST_JAR + LIB + "/", FAST_JAR + "*.jar",
                FAST_JAR + APP + "/", FAST_JAR + QUARKUS + "/");
        assertThat(copies).allSatisfy(copy -> assertThat(copy[1]).startsWith("/deployments/"));
        assertThat(FileSystems.getDefault().getPathMatcher("glob:*.jar").matches(Path.of(QUARKUS_RUN_JAR))).isTrue();
        assertThat(instructions(service, "ENV")).contains("JAVA_APP_JAR=\"/deployments/" + QUARKUS_RUN_JAR + "\"");
        Path packaged = service.dir().resolve(FAST_JAR);
        if (Files.isDirectory(packaged)) {
            copies.forEach(copy -> assertThat(matchesSomething(service.dir(), copy[0])).as(copy[0]).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageRunsAsTheNonRootUserThePodsRunAs(ServiceModule service) {
        List<String> users = instructions(service, "USER");
        Long podUser = ALL_SERVICES.named(Deployment.class, service.name()).getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser();

        assertThat(users).hasSize(1);
        assertThat(Long.parseLong(users.get(0))).isPositive().isEqualTo(podUser);
    }

    @ParameterizedTest
    @MethodSource("services")
    void dockerAndJibBuildOnTheSamePinnedBaseImage(ServiceModule service) {
        List<String> from = instructions(service, "FROM");

        assertThat(from).singleElement().asString().matches("[^:]+:[0-9][A-Za-z0-9_.-]*");
        assertThat(service.prodProperty("quarkus.jib.base-jvm-image")).isEqualTo(from.get(0));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theChartDeploysTheImageQuarkusNamesAndTags(ServiceModule service) {
        String image = String.join("/", service.prodProperty("quarkus.container-image.registry"),
                service.prodProperty("quarkus.container-image.group"), resolve(service, "quarkus.container-image.name"))
                + ":" + resolve(service, "quarkus.container-image.tag");

        assertThat(Chart.appVersion()).isEqualTo(PROJECT_VERSION);
        assertThat(ALL_SERVICES.named(Deployment.class, service.name()).getSpec().getTemplate().getSpec()
                .getContainers().get(0).getImage()).isEqualTo(image);
        assertThat(service.prodProperty("quarkus.container-image.build")).as("./mvnw package builds no image")
                .isEqualTo("false");
    }

    /** The arguments of each instruction of that name in the service's Dockerfile. */
    private static List<String> instructions(ServiceModule service, String name) {
        try (Stream<String> lines = Files.lines(service.dockerfile())) {
            return lines.map(String::strip)
                    .filter(line -> line.startsWith(name + " "))
                    .map(line -> line.substring(name.length()).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two expressions the image settings use: the application's name and version (the Maven project's). */
    private static String resolve(ServiceModule service, String key) {
        return service.prodProperty(key)
                .replace("${quarkus.application.name}", service.prodProperty("quarkus.application.name"))
                .replace("${quarkus.application.version}", PROJECT_VERSION);
    }

    private static boolean matchesSomething(Path moduleDir, String source) {
        Path path = moduleDir.resolve(source);
        if (!source.contains("*")) {
            return Files.isDirectory(path);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.anyMatch(file -> matcher.matches(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
