package dev.remotecommands.infrastructure.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetSocketAddress;

/** TCP ports on the loopback interface. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port nobody listens on right now (the OS picks it among its ephemeral ports). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on the loopback interface", e);
        }
    }

    /** True when something accepts connections on localhost:port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when a fixed port is already taken (by an earlier run still up, say). */
    public static void requireFree(int port, String what) {
        if (isListening(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is already in use; stop whatever "
                    + "listens there (an earlier run?) or point to it with the environment variables");
        }
    }
}
