package dev.remotecommands.infrastructure.mqtt;

import com.hivemq.embedded.EmbeddedHiveMQ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs HiveMQ Community Edition (MQTT 5 and 3.1.1, shared subscriptions) in this JVM until it is terminated.
 * <p>
 * Usage: {@code HiveMqBrokerMain <port> <home-dir>}. The broker listens on 127.0.0.1:port and keeps its
 * configuration, data (retained messages, sessions) and extensions under {@code home-dir}, so a broker started
 * again on the same home keeps its retained messages. It logs to standard output, which the parent redirects to
 * a file. SIGTERM stops it cleanly.
 */
public final class HiveMqBrokerMain {

    private HiveMqBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HiveMqBrokerMain <port> <home-dir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Path conf = Files.createDirectories(home.resolve("conf"));
        Path data = Files.createDirectories(home.resolve("data"));
        Path extensions = Files.createDirectories(home.resolve("extensions"));
        writeConfiguration(conf, port);

        EmbeddedHiveMQ broker = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(conf)
                .withDataFolder(data)
                .withExtensionsFolder(extensions)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(broker), "hivemq-stop"));
        broker.start().get(2, TimeUnit.MINUTES);
        System.out.println("HiveMQ broker ready on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    private static void stop(EmbeddedHiveMQ broker) {
        try {
            broker.stop().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("HiveMQ did not stop cleanly: " + e);
        }
    }

    private static void writeConfiguration(Path conf, int port) throws IOException {
        // Usage statistics off: this broker is for local runs and tests and must not call home. Overload protection
        // off: after a broker restart the bridge republishes the commands in flight at once, and the protection
        // then stopped reading the bridge's connection, so neither commands nor the cars' answers moved any more.
        Files.writeString(conf.resolve("config.xml"), """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>127.0.0.1</bind-address>
                        </tcp-listener>
                    </listeners>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                    <overload-protection>
                        <enabled>false</enabled>
                    </overload-protection>
                </hivemq>
                """.formatted(port));
        Files.writeString(conf.resolve("logback.xml"), """
                <configuration scan="false">
                    <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%ex</pattern></encoder>
                    </appender>
                    <logger name="jetbrains.exodus" level="WARN"/>
                    <logger name="migrations" level="WARN"/>
                    <logger name="oshi" level="ERROR"/>
                    <logger name="com.google.common.util.concurrent.Futures.CombinedFuture" level="OFF"/>
                    <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
    }
}
