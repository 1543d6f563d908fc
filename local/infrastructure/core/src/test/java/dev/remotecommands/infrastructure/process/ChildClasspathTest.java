package dev.remotecommands.infrastructure.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ChildClasspathTest {

    @Test
    void theRootOfAResourceInAJarIsTheJar() throws Exception {
        URL url = new URL("jar:file:/root/.m2/repository/dev/x/x-1.jar!/dev/remotecommands/infrastructure/kafka/kafka.classpath");

        assertThat(ChildClasspath.rootOf(url, "dev/remotecommands/infrastructure/kafka/kafka.classpath"))
                .isEqualTo(Path.of("/root/.m2/repository/dev/x/x-1.jar"));
    }

    @Test
    void theRootOfAResourceInAClassesFolderIsThatFolder() throws Exception {
        URL url = new URL("file:/project/local/infrastructure/kafka/target/classes/dev/remotecommands/infrastructure/kafka/kafka.classpath");

        assertThat(ChildClasspath.rootOf(url, "dev/remotecommands/infrastructure/kafka/kafka.classpath"))
                .isEqualTo(Path.of("/project/local/infrastructure/kafka/target/classes"));
    }

    @Test
    void aHelperClasspathStartsWithTheHelperJarAndListsExistingFiles() {
        String classpath = ChildClasspath.of("dev/remotecommands/infrastructure/kafka/kafka.classpath");

        assertThat(classpath.split(java.io.File.pathSeparator))
                .anyMatch(entry -> entry.contains("kafka_2.13-"))
                .anyMatch(entry -> entry.contains("log4j-slf4j2-impl"))
                .noneMatch(String::isBlank);
    }
}
