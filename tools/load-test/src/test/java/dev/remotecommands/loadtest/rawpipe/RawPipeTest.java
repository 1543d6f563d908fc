package dev.remotecommands.loadtest.rawpipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.loadtest.benchmark.CarPicker;
import dev.remotecommands.loadtest.benchmark.OpenLoopStep;
import dev.remotecommands.loadtest.benchmark.Schedule;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The raw pipe on a real Kafka and a real MQTT broker: every message driven through it makes the round trip. */
class RawPipeTest {

    @Test
    void every_message_goes_through_http_kafka_mqtt_an_echo_car_and_back_to_kafka() throws Exception {
        Infrastructure infrastructure = Infrastructure.start("kafka,mqtt");
        Duration drain = Duration.ofSeconds(30);
        try (RawPipe pipe = new RawPipe(infrastructure.kafka().bootstrapServers(), infrastructure.mqtt().host(),
                infrastructure.mqtt().port(), 2);
             RawPipeTarget target = new RawPipeTarget(pipe, drain)) {

            OpenLoopStep.Result step = new OpenLoopStep(drain).run(target, new Schedule(20, Duration.ofSeconds(5)),
                    new CarPicker(10, List.of("LOCK", "HORN")), sent -> { });

            assertThat(step.posted()).isEqualTo(100);
            assertThat(step.refused()).isEmpty();
            assertThat(step.accepted()).hasSize(100);
            assertThat(step.outcomes()).as("outcomes; messages seen per hop: %s", pipe.counts())
                    .isEqualTo(Map.of(RawPipeTarget.ECHOED, 100L));
            assertThat(step.latency().histogram("end_to_end").getTotalCount()).isEqualTo(100);
            assertThat(step.latency().histogram("end_to_end HORN ECHOED").getTotalCount()).isEqualTo(50);
        }
    }
}
