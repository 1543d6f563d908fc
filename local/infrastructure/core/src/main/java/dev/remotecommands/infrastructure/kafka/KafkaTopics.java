package dev.remotecommands.infrastructure.kafka;

import dev.remotecommands.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the platform's topics up front, so that every one has its partitions before the first record. */
public final class KafkaTopics implements AutoCloseable {

    private static final List<String> TOPICS = List.of(Topics.ENROLLMENT_COMPLETED, Topics.ENROLLMENT_REVOKED,
            Topics.OTP_REQUESTED, Topics.OTP_DELIVERY_REPORTED, Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED,
            Topics.VEHICLE_PAIRING_REPORTED, Topics.VEHICLE_STATE_REPORTED);
    private static final int PARTITIONS = 4;

    private final Admin admin;

    public KafkaTopics(String bootstrapServers) {
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(adminConfig);
    }

    /** Creates the topics of the contracts (4 partitions each) unless they exist. */
    public void createTopics() {
        List<NewTopic> topics = TOPICS.stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList();
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
