package org.redress.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Free loopback ports for test servers, and waiting for a server to listen. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until something listens on the port; fails after {@code timeout}. */
    public static void awaitListening(int port, Duration timeout, Process owner) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!listening(port)) {
            if (owner != null && !owner.isAlive()) {
                throw new IllegalStateException("process exited with " + owner.exitValue() + " before listening on " + port);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nothing listens on 127.0.0.1:" + port + " after " + timeout);
            }
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
