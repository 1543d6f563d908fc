package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With Strimzi on, every contract topic and its dead-letter topic exist, replicated so that no acked write is lost. */
class KafkaTopicsTest {

    private static final List<GenericKubernetesResource> TOPICS = Chart.render(OperatorValues.everythingInCluster())
            .custom("KafkaTopic").stream().map(document -> (GenericKubernetesResource) document.resource()).toList();

    /**
     * The event topics of the contracts module. {@code Topics.PLATFORM_ENVIRONMENT} is not one (it has no dead-letter
     * topic): it is written by whoever marks a cluster as staging (KafkaTopics.markEnvironment), not by the chart.
     */
    static Stream<String> contractTopics() {
        return Topics.EVENTS.stream();
    }

    @ParameterizedTest
    @MethodSource("contractTopics")
    void everyContractTopicAndItsDeadLetterTopicHasAKafkaTopic(String topic) {
        assertThat(topicNames()).contains(topic, Topics.deadLetter(topic));
    }

    @Test
    void theChartCreatesNoTopicOutsideTheContract() {
        List<String> expected = contractTopics().flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic))).toList();

        assertThat(topicNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAcknowledgedWriteSurvivesTheLossOfABroker() {
        for (GenericKubernetesResource topic : TOPICS) {
            Map<String, Object> spec = spec(topic);
            int replicas = ((Number) spec.get("replicas")).intValue();
            int minInsync = ((Number) config(topic).get("min.insync.replicas")).intValue();

            assertThat(replicas).as("%s replicas", spec.get("topicName")).isGreaterThanOrEqualTo(3);
            assertThat(minInsync).as("%s min.insync.replicas", spec.get("topicName")).isEqualTo(replicas - 1);
        }
    }

    @Test
    void everyTopicHasItsPartitionsAndRetentionSetAndBelongsToTheChartsCluster() {
        for (GenericKubernetesResource topic : TOPICS) {
            assertThat(((Number) spec(topic).get("partitions")).intValue()).isPositive();
            assertThat(Long.parseLong(config(topic).get("retention.ms").toString())).isPositive();
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "rc-kafka");
        }
    }

    @Test
    void withoutStrimziTheChartCreatesNoTopic() {
        assertThat(Chart.render(OperatorValues.smallCluster()).custom("KafkaTopic")).isEmpty();
    }

    private static List<String> topicNames() {
        return TOPICS.stream().map(topic -> (String) spec(topic).get("topicName")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource topic) {
        return (Map<String, Object>) topic.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(GenericKubernetesResource topic) {
        return (Map<String, Object>) spec(topic).get("config");
    }
}
