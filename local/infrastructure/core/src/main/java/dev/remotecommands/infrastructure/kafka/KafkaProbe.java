package dev.remotecommands.infrastructure.kafka;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks a broker for its cluster metadata over the Kafka protocol (Metadata v4, no topics) and reports whether
 * it lists at least one broker: the broker is up, has caught up with the controller and serves requests.
 * Written against the protocol so that callers need no Kafka client on their classpath.
 */
final class KafkaProbe {

    private static final short METADATA = 3;
    private static final short VERSION = 4;
    private static final int CORRELATION_ID = 7;
    private static final byte[] CLIENT_ID = "infrastructure-probe".getBytes(StandardCharsets.UTF_8);
    private static final int TIMEOUT_MILLIS = 1000;

    private KafkaProbe() {
    }

    static boolean servesMetadata(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            int headerSize = 2 + 2 + 4 + 2 + CLIENT_ID.length;
            int bodySize = 4 + 1;
            out.writeInt(headerSize + bodySize);
            out.writeShort(METADATA);
            out.writeShort(VERSION);
            out.writeInt(CORRELATION_ID);
            out.writeShort(CLIENT_ID.length);
            out.write(CLIENT_ID);
            out.writeInt(0);          // topics: none, we only want the brokers
            out.writeBoolean(false);  // allow_auto_topic_creation
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            int correlationId = in.readInt();
            in.readInt();             // throttle_time_ms
            int brokers = in.readInt();
            return size > 12 && correlationId == CORRELATION_ID && brokers > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
