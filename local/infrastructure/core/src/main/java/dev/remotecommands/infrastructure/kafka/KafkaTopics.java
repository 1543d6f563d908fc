package dev.remotecommands.infrastructure.kafka;

import dev.remotecommands.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the platform's topics up front, so that every one has its partitions before the first record. */
public final class KafkaTopics implements AutoCloseable {

    private static final int PARTITIONS = 4;

    private final Admin admin;
    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(adminConfig);
    }

    /** Creates the topics of the contracts (4 partitions each) unless they exist. */
    public void createTopics() {
        create(Topics.EVENTS.stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList());
    }

    /**
     * Marks what kind of cluster this is ({@code staging} for {@code ./run.sh}'s and the tests'): the newest record of
     * the compacted topic {@link Topics#PLATFORM_ENVIRONMENT}, which {@code load-test replay --restamp} checks.
     */
    public void markEnvironment(String environment) {
        create(List.of(new NewTopic(Topics.PLATFORM_ENVIRONMENT, 1, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PLATFORM_ENVIRONMENT, "environment", environment))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("cannot mark the cluster as " + environment + ": " + e, e);
        }
    }

    private void create(List<NewTopic> topics) {
        admin.createTopics(topics).values().forEach((name, creation) -> {
            try {
                creation.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw new IllegalStateException("cannot create topic " + name + ": " + e, e);
            }
        });
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
