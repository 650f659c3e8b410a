package org.redress.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real SMTP server on 127.0.0.1 that refuses: to recipients whose address contains
 * {@code marker} it answers {@code reply} (e.g. {@code 550 5.1.1 ... User unknown} or
 * {@code 451 4.3.0 ... try again later}) at RCPT TO or after DATA, as configured; to every other
 * recipient {@code 451} at RCPT TO, so that an unrelated email only waits for a retry. GreenMail
 * accepts everything; this one answers what real servers answer when they will not take a message.
 * It accepts nothing: it only records what it refused ({@link #refused()}). After
 * {@link #silenceNextConnection()} it keeps the next connection open without a word, not even the
 * greeting, as a server that hangs does.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    /** Where the refusal comes: to the recipient, or to the message once sent. */
    public enum Stage {
        RCPT, DATA
    }

    private static final String OTHERS = "451 4.7.1 not a recipient of this test: try again later";

    private final ServerSocket socket;
    private final Stage stage;
    private final String reply;
    private final String marker;
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger toSilence = new AtomicInteger();
    private final AtomicInteger silenced = new AtomicInteger();
    private Thread acceptor;

    private RefusingSmtpServer(ServerSocket socket, Stage stage, String reply, String marker) {
        this.socket = socket;
        this.stage = stage;
        this.reply = reply;
        this.marker = marker.toLowerCase(Locale.ROOT);
    }

    /** Listens on {@code port} (e.g. the test SMTP server's, while that one is stopped). */
    public static RefusingSmtpServer start(int port, Stage stage, String reply, String marker) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            RefusingSmtpServer server = new RefusingSmtpServer(socket, stage, reply, marker);
            server.acceptor = new Thread(server::accept, "refusing-smtp-" + port);
            server.acceptor.setDaemon(true);
            server.acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The next connection gets no greeting and no answer: it stays open, silent, until the server is closed. */
    public void silenceNextConnection() {
        toSilence.incrementAndGet();
    }

    /** How many connections it has kept silent. */
    public int silencedConnections() {
        return silenced.get();
    }

    /** The recipients (containing the marker) it refused, once per refusal. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                // closed with a reset, not into TIME_WAIT: the port is free for the next server at once
                connection.setSoLinger(true, 0);
                connections.add(connection);
                if (toSilence.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    silenced.incrementAndGet();
                    continue;
                }
                Thread session = new Thread(() -> converse(connection), "refusing-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void converse(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = connection.getOutputStream()) {
            send(out, "220 refusing.test ESMTP test server");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> send(out, "250 refusing.test");
                    case "MAIL" -> {
                        recipient = null;
                        send(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String to = line.substring(line.indexOf(':') + 1).trim();
                        if (!to.toLowerCase(Locale.ROOT).contains(marker)) {
                            send(out, OTHERS);
                        } else if (stage == Stage.RCPT) {
                            refused.add(to);
                            send(out, reply);
                        } else {
                            recipient = to;
                            send(out, "250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        if (recipient == null) {
                            send(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        send(out, "354 end data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message is read and dropped
                        }
                        refused.add(recipient);
                        send(out, reply);
                    }
                    case "RSET" -> {
                        recipient = null;
                        send(out, "250 2.0.0 OK");
                    }
                    case "NOOP" -> send(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        send(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> send(out, "502 5.5.2 command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away, or the server was closed
        } finally {
            connections.remove(connection);
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Stops listening and drops every open connection; when it returns, the port is free. */
    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5000);
        } catch (IOException e) {
            // closing anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
