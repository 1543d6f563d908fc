package dev.remotecommands.systemtests.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The services' consumer groups of each event topic, and a wait until all of them have read to the end. */
public final class ConsumerGroups {

    /** Event topic → the consumer groups that read it (each service's own). */
    public static final Map<String, List<String>> OF_TOPIC;

    static {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(Topics.ENROLLMENT_COMPLETED,
                List.of("command-service.enrollment-completed", "vehicle-bridge.enrollment-completed"));
        groups.put(Topics.ENROLLMENT_REVOKED,
                List.of("command-service.enrollment-revoked", "vehicle-bridge.enrollment-revoked"));
        groups.put(Topics.OTP_REQUESTED, List.of("otp-service.otp-requested"));
        groups.put(Topics.OTP_DELIVERY_REPORTED, List.of("enrollment-service.otp-delivery-reported"));
        groups.put(Topics.COMMAND_REQUESTED, List.of("vehicle-bridge"));
        groups.put(Topics.COMMAND_ACKED, List.of("command-service.command-acked"));
        groups.put(Topics.VEHICLE_PAIRING_REPORTED, List.of("enrollment-service.vehicle-pairing-reported"));
        groups.put(Topics.VEHICLE_STATE_REPORTED, List.of("command-service.vehicle-state-reported"));
        groups.put(Topics.REMOTE_SESSIONS_ENDED, List.of("command-service.remote-sessions-ended"));
        OF_TOPIC = java.util.Collections.unmodifiableMap(groups);
    }

    private ConsumerGroups() {
    }

    /** Waits until every group has committed up to the end of its topic: it read everything there and went on. */
    public static void awaitAllAtTheEnd(String bootstrapServers, Duration atMost) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                List<String> behind = new ArrayList<>();
                for (Map.Entry<String, List<String>> topic : OF_TOPIC.entrySet()) {
                    Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic.getKey()))
                            .allTopicNames().get().get(topic.getKey()).partitions().stream()
                            .collect(Collectors.toMap(p -> new TopicPartition(topic.getKey(), p.partition()),
                                    p -> OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    for (String group : topic.getValue()) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        ends.forEach((partition, end) -> {
                            OffsetAndMetadata offset = committed.get(partition);
                            long at = offset == null ? 0 : offset.offset();
                            if (at < end.offset()) {
                                behind.add(group + " " + partition + " at " + at + " of " + end.offset());
                            }
                        });
                    }
                }
                assertThat(behind).as("consumer groups behind the end of their topic").isEmpty();
            });
        }
    }
}
