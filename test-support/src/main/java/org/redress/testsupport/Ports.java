package org.redress.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;

/** Free loopback ports for test servers, and waiting for a server to listen. */
public final class Ports {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ports() {
    }

    /**
     * A loopback port free now, below Linux's ephemeral range (32768–60999): a port of that range, as
     * the kernel hands out for port 0, may be taken by the local end of any outgoing connection before
     * the server that was given it starts (seen: a restarted service's management port).
     */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FIRST + RANDOM.nextInt(LAST - FIRST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + FIRST + " and " + LAST));
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
