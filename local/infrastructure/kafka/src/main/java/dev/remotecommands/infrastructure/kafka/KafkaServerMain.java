package dev.remotecommands.infrastructure.kafka;

import java.util.Arrays;

/**
 * Runs a Kafka server, formatting its storage first when asked, in one JVM (a separate format JVM would cost a
 * second start-up).
 * <p>
 * Usage: {@code KafkaServerMain [--format <cluster-id>] <server.properties>}. Formatting is what
 * {@code kafka-storage.sh format -t <cluster-id> -c <server.properties>} does; then it is {@code kafka.Kafka}.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("--format")) {
            int exitCode = kafka.tools.StorageTool.execute(new String[] {"format", "-t", args[1], "-c", args[2]},
                    System.out);
            if (exitCode != 0) {
                System.err.println("formatting the Kafka storage failed with exit code " + exitCode);
                System.exit(exitCode);
            }
            kafka.Kafka.main(new String[] {args[2]});
        } else if (args.length == 1) {
            kafka.Kafka.main(args);
        } else {
            System.err.println("usage: KafkaServerMain [--format <cluster-id>] <server.properties>, got "
                    + Arrays.toString(args));
            System.exit(2);
        }
    }
}
