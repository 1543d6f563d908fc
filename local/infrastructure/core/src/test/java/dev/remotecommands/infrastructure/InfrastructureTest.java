package dev.remotecommands.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kafka, PostgreSQL and the MQTT broker, really started, used as the services use them, and restarted. */
class InfrastructureTest {

    private static final String DATABASE = "orders";
    private static Infrastructure infrastructure;

    @BeforeAll
    static void startComponents() {
        infrastructure = Infrastructure.start("kafka,postgres,mqtt", DATABASE);
    }

    @Test
    void kafkaDeliversAProducedRecordToAConsumer() throws Exception {
        String topic = "roundtrip-" + UUID.randomUUID();

        produce(topic, "VF7DEMCAR00000001", "hello");

        assertThat(consumeValues(topic, 1)).containsExactly("hello");
    }

    @Test
    void kafkaRestartedOnTheSamePortKeepsItsRecordsAndTakesNewOnes() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        produce(topic, "key", "before the restart");

        infrastructure.kafka().stop();
        assertThat(infrastructure.kafka().isRunning()).isFalse();
        infrastructure.kafka().start();
        produce(topic, "key", "after the restart");

        assertThat(consumeValues(topic, 2)).containsExactly("before the restart", "after the restart");
    }

    @Test
    void postgresServesTheDatabaseToItsOwnerUser() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            ResultSet result = statement.executeQuery("select current_user, current_database()");
            result.next();

            assertThat(result.getString(1)).isEqualTo(DATABASE);
            assertThat(result.getString(2)).isEqualTo(DATABASE);
        }
    }

    @Test
    void postgresRestartedKeepsItsTables() throws SQLException {
        String table = "kept_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " (id int primary key)");
            statement.execute("insert into " + table + " values (42)");
        }

        infrastructure.postgres().stop();
        assertThat(infrastructure.postgres().isRunning()).isFalse();
        infrastructure.postgres().start();

        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            ResultSet result = statement.executeQuery("select id from " + table);
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void mqttSharedSubscriptionDeliversEachMessageToOneMemberOfTheGroup() throws MqttException {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        MqttClient bridgeOne = subscribe("bridge-1", "$share/bridge/vehicles/+/acks", first);
        MqttClient bridgeTwo = subscribe("bridge-2", "$share/bridge/vehicles/+/acks", second);
        MqttClient car = connect("car");
        try {
            for (int i = 1; i <= 6; i++) {
                car.publish("vehicles/VF7DEMCAR0000000" + i + "/acks", ("ack " + i).getBytes(), 1, false);
            }

            // Exactly six deliveries in all, and it stays six: no message reached both members.
            await().atMost(Duration.ofSeconds(10)).until(() -> first.size() + second.size() == 6);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> first.size() + second.size() == 6);
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            assertThat(all).containsExactlyInAnyOrder("ack 1", "ack 2", "ack 3", "ack 4", "ack 5", "ack 6");
        } finally {
            disconnect(bridgeOne, bridgeTwo, car);
        }
    }

    @Test
    void mqttBrokerRestartedKeepsRetainedMessages() throws MqttException {
        String topic = "vehicles/VF7DEMCAR00000009/state-" + UUID.randomUUID();
        MqttClient car = connect("retaining-car");
        car.publish(topic, "LOCKED".getBytes(), 1, true);
        disconnect(car);

        infrastructure.mqtt().stop();
        infrastructure.mqtt().start();

        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient reader = subscribe("late-reader", topic, received);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("LOCKED"));
        } finally {
            disconnect(reader);
        }
    }

    @Test
    void configPropertiesPointAServiceAtTheStartedComponents() {
        Map<String, String> properties = infrastructure.configProperties(
                java.util.EnumSet.of(Component.KAFKA, Component.POSTGRES, Component.MQTT), DATABASE);

        assertThat(properties)
                .containsEntry("kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers())
                .containsEntry("quarkus.datasource.reactive.url", infrastructure.postgres().reactiveUrl(DATABASE))
                .containsEntry("quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(DATABASE))
                .containsEntry("quarkus.datasource.username", DATABASE)
                .containsEntry("quarkus.datasource.password", DATABASE)
                .containsEntry("mqtt.host", "localhost")
                .containsEntry("mqtt.port", Integer.toString(infrastructure.mqtt().port()));
    }

    private static void produce(String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeValues(String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        Infrastructure.Postgres postgres = infrastructure.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(DATABASE),
                postgres.password(DATABASE));
    }

    private static MqttClient connect(String clientId) throws MqttException {
        MqttClient client = new MqttClient(infrastructure.mqtt().serverUri(), clientId + "-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        client.connect(options);
        return client;
    }

    private static MqttClient subscribe(String clientId, String topicFilter, List<String> received)
            throws MqttException {
        MqttClient client = connect(clientId);
        // A client-wide callback: Paho's per-subscription listeners do not match $share filters to topics.
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                received.add(new String(message.getPayload()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.subscribe(topicFilter, 1);
        return client;
    }

    private static void disconnect(MqttClient... clients) throws MqttException {
        for (MqttClient client : clients) {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        }
    }
}
