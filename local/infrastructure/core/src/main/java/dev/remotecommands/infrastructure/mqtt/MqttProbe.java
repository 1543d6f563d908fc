package dev.remotecommands.infrastructure.mqtt;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Connects to a broker with a minimal MQTT 3.1.1 CONNECT and reports whether it answered with a CONNACK that
 * accepts the connection: the broker is up and speaks MQTT. Written against the protocol so that callers need no
 * MQTT client on their classpath.
 */
final class MqttProbe {

    private static final int TIMEOUT_MILLIS = 1000;
    private static final byte[] CONNECT = {
            0x10, 0x18,                                  // CONNECT, remaining length 24
            0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04,        // protocol name, level 4 (3.1.1)
            0x02, 0x00, 0x0A,                            // clean session, keep-alive 10 s
            0x00, 0x0C, 'r', 'e', 'a', 'd', 'y', '-', 'p', 'r', 'o', 'b', 'e', '1', // client id
    };
    private static final byte[] DISCONNECT = {(byte) 0xE0, 0x00};

    private MqttProbe() {
    }

    static boolean acceptsConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(CONNECT);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] connack = new byte[4];
            in.readFully(connack);
            boolean accepted = connack[0] == 0x20 && connack[1] == 0x02 && connack[3] == 0x00;
            out.write(DISCONNECT);
            out.flush();
            return accepted;
        } catch (IOException e) {
            return false;
        }
    }
}
