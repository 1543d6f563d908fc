package dev.remotecommands.infrastructure.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentCompleted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka chores of a local run: creating the platform's topics up front, and seeding events as the (not yet
 * existing) enrollment-service would publish them.
 */
public final class KafkaSeeder implements AutoCloseable {

    private static final List<String> TOPICS = List.of(Topics.ENROLLMENT_COMPLETED, Topics.ENROLLMENT_REVOKED,
            Topics.OTP_REQUESTED, Topics.OTP_DELIVERY_REPORTED, Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED,
            Topics.VEHICLE_PAIRING_REPORTED, Topics.VEHICLE_STATE_REPORTED);
    private static final int PARTITIONS = 4;
    private static final String SOURCE = "/local-platform";

    private final Admin admin;
    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public KafkaSeeder(String bootstrapServers) {
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(adminConfig);
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(producerConfig);
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

    /**
     * Waits until some consumer group has partitions of {@code topic} assigned and no group is rebalancing, so
     * that a record published next is seen even by consumers that start at the latest offset. Returns false on
     * timeout.
     */
    public boolean awaitConsumers(String topic, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (consumersSettled(topic)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private boolean consumersSettled(String topic) {
        try {
            Collection<String> groupIds = admin.listGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).collect(Collectors.toList());
            if (groupIds.isEmpty()) {
                return false;
            }
            Collection<ConsumerGroupDescription> groups = admin.describeConsumerGroups(groupIds).all()
                    .get(10, TimeUnit.SECONDS).values();
            boolean rebalancing = groups.stream().anyMatch(group -> group.groupState() == GroupState.PREPARING_REBALANCE
                    || group.groupState() == GroupState.COMPLETING_REBALANCE);
            boolean assigned = groups.stream().anyMatch(group -> group.members().stream().anyMatch(member -> member
                    .assignment().topicPartitions().stream().anyMatch(partition -> partition.topic().equals(topic))));
            return assigned && !rebalancing;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Publishes {@code EnrollmentCompleted} (key VIN, CloudEvents headers) and waits for the broker's ack. */
    public void enrollmentCompleted(String accountId, String vin, String deviceId) throws Exception {
        EnrollmentCompleted event = new EnrollmentCompleted(accountId, vin, deviceId, Instant.now());
        String topic = Topics.ENROLLMENT_COMPLETED;
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, vin, json.writeValueAsString(event));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, CloudEventHeaders.typeOf(topic));
        header(record, CloudEventHeaders.SOURCE, SOURCE);
        header(record, CloudEventHeaders.TIME, event.at().toString());
        header(record, CloudEventHeaders.SUBJECT, vin);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
