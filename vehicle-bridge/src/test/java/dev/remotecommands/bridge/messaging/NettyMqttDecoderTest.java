package dev.remotecommands.bridge.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The MQTT decoder under the bridge's client (vert.x MQTT on Netty) must accept a PUBLISH however TCP cuts it up.
 * Netty 4.1.133.Final rejected one whose topic or packet id arrived in two reads ("message length exceeds 8092"),
 * and the client then dropped its own connection; the module's pom pins a Netty without that bug.
 */
class NettyMqttDecoderTest {

    /** smallrye-mqtt's default {@code max-message-size}, which vert.x hands to the decoder. */
    private static final int MAX_MESSAGE_SIZE = 8092;

    private static final String ACKS = "vehicles/VF7TESTCAR0000002/acks";
    private static final String STATE = "vehicles/VF7TESTCAR0000002/state";

    @Test
    void aPublishCutAnywhereIntoTwoReadsIsDecoded() {
        byte[] packet = publishQos1(ACKS, 7, "{\"commandId\":\"x\",\"outcome\":\"SUCCEEDED\"}");

        for (int cut = 1; cut < packet.length; cut++) {
            List<MqttPublishMessage> decoded = decode(packet, cut);

            assertThat(decoded).as("packet cut after byte %d", cut).hasSize(1);
            assertThat(decoded.get(0).variableHeader().topicName()).isEqualTo(ACKS);
            assertThat(decoded.get(0).variableHeader().packetId()).isEqualTo(7);
            decoded.forEach(ReferenceCountUtil::release);
        }
    }

    @Test
    void aBurstWhoseSecondPublishStraddlesTheReadsIsDecodedWhole() {
        ByteArrayOutputStream burst = new ByteArrayOutputStream();
        burst.writeBytes(publishQos1(STATE, 1, "[1,2,3]"));
        burst.writeBytes(publishQos1(ACKS, 2, "{\"commandId\":\"y\",\"outcome\":\"FAILED\"}"));
        byte[] bytes = burst.toByteArray();

        for (int cut = 1; cut < bytes.length; cut++) {
            List<MqttPublishMessage> decoded = decode(bytes, cut);

            assertThat(decoded).as("burst cut after byte %d", cut)
                    .extracting(message -> message.variableHeader().topicName())
                    .containsExactly(STATE, ACKS);
            assertThat(decoded.get(1).payload().toString(StandardCharsets.UTF_8))
                    .isEqualTo("{\"commandId\":\"y\",\"outcome\":\"FAILED\"}");
            decoded.forEach(ReferenceCountUtil::release);
        }
    }

    /** Feeds the bytes in two reads and returns what came out; a packet the decoder rejected fails the test. */
    private static List<MqttPublishMessage> decode(byte[] bytes, int cut) {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttDecoder(MAX_MESSAGE_SIZE));
        channel.writeInbound(Unpooled.wrappedBuffer(bytes, 0, cut));
        channel.writeInbound(Unpooled.wrappedBuffer(bytes, cut, bytes.length - cut));
        List<MqttPublishMessage> decoded = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            MqttMessage mqtt = (MqttMessage) message;
            assertThat(mqtt.decoderResult().cause()).as("decoder result with the cut after byte %d", cut).isNull();
            decoded.add((MqttPublishMessage) mqtt);
        }
        channel.finishAndReleaseAll();
        return decoded;
    }

    /** An MQTT 3.1.1 PUBLISH, QoS 1, written byte by byte as the protocol lays it out. */
    private static byte[] publishQos1(String topic, int packetId, String payload) {
        byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        int remaining = 2 + topicBytes.length + 2 + payloadBytes.length;
        ByteBuf out = Unpooled.buffer();
        out.writeByte(0x32); // PUBLISH, QoS 1
        do {
            int digit = remaining % 128;
            remaining /= 128;
            out.writeByte(remaining > 0 ? digit | 0x80 : digit);
        } while (remaining > 0);
        out.writeShort(topicBytes.length);
        out.writeBytes(topicBytes);
        out.writeShort(packetId);
        out.writeBytes(payloadBytes);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        out.release();
        return bytes;
    }
}
