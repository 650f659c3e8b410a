import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator of bench/complaints.sh: POSTs valid, distinct complaints to the JSON API over
 * loopback and prints one table row per step. JDK only; run it with the source launcher:
 *
 * <pre>
 *   java bench/LoadGenerator.java URL STEP...
 *   STEP = closed:CLIENTS:SECONDS   CLIENTS connections, each sends its next request when the last answered
 *        | open:RATE:SECONDS       requests due at a fixed RATE per second whatever the answers; latency
 *                                  counts from the time each request was DUE, so a slow server cannot
 *                                  hide its queue by slowing the generator (no coordinated omission)
 *        | warmup:CLIENTS:SECONDS  a closed step that is run but not reported as a result
 * </pre>
 *
 * Before each step it waits {@code redress.bench.settle} seconds (system property, default 5) so
 * that the server has finished what the previous step left behind (the outbox relay publishing the
 * last events of a saturating step), and opens the step's connections before its clock starts:
 * each step measures the server in the steady state of its own load.
 * <p>
 * With {@code -Dredress.bench.timeline=DIR} it also writes each step's requests to
 * {@code DIR/<step>.txt}, one line per request: the wall-clock time it was due or sent (epoch
 * milliseconds), its latency in microseconds and its answer (the HTTP status; -1 no answer, -2 not
 * sent), to see when the slow or failed ones happened. With {@code -Dredress.bench.until-file=FILE},
 * an open step ends early once FILE exists: requests not yet due then are neither sent nor counted
 * (bench/faults.sh runs one open step for as long as its faults take).
 *
 * It speaks HTTP/1.1 over plain blocking sockets with keep-alive, one thread per connection: on a
 * 2-core machine shared with the server and PostgreSQL this costs far less CPU than an asynchronous
 * client. Every request is a 201 or an error (any other status, a broken connection, or no answer
 * within 10 s). The last line is {@code TOTAL accepted=N errors=M}, which the script compares with
 * the rows in the database.
 */
public class LoadGenerator {

    private static final String[] ORGANISATIONS = {
        "fdac1450-7fdd-4f96-9bc6-83f6af27aec2", "753c4b39-3949-4cdf-9329-3d5b273a97d2",
        "569f00b0-7523-4d41-9920-4cf8c7d66999", "e36dd3b5-a29e-4a5b-ba9f-4602f8c65db0" };
    private static final String[] COUNTRIES = { "AT", "DE", "FR", "IE", "NL", "IT", "ES", "PL", "SE", "NO" };
    private static final String[] LANGUAGES = { "en", "de", "fr" };
    private static final int OPEN_LOOP_CONNECTIONS = 256;
    private static final int TIMEOUT_MS = 10_000;
    private static final int GIVE_UP_SECONDS = 10;
    /** A connection idle this long is opened anew before its next request (a proxy closes idle ones after 10 s). */
    private static final long IDLE_NANOS = 5_000_000_000L;
    private static final String TIMELINE = System.getProperty("redress.bench.timeline");
    private static final Path UNTIL_FILE = System.getProperty("redress.bench.until-file") == null ? null
            : Path.of(System.getProperty("redress.bench.until-file"));
    private static final long SETTLE_MILLIS = (long) (Double.parseDouble(System.getProperty("redress.bench.settle", "5")) * 1000);

    /** Distinct complaints across steps and across runs of the generator in one database. */
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Errors shown on stderr: the first few of the whole run. */
    private static final AtomicLong REPORTED = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final InetSocketAddress server;
    private final String path;
    private final String host;

    LoadGenerator(URI url) {
        this.server = new InetSocketAddress(url.getHost(), url.getPort());
        this.path = url.getRawPath();
        this.host = url.getHost() + ":" + url.getPort();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java LoadGenerator.java URL closed:CLIENTS:SECONDS|open:RATE:SECONDS|warmup:CLIENTS:SECONDS ...");
            System.exit(2);
        }
        LoadGenerator generator = new LoadGenerator(URI.create(args[0]));
        System.out.printf("%-14s %9s %9s %7s %10s %8s %8s %8s %8s%n",
                "step", "requests", "accepted", "errors", "through/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long accepted = 0;
        long errors = 0;
        for (int i = 1; i < args.length; i++) {
            if (i > 1) {
                Thread.sleep(SETTLE_MILLIS);
            }
            String[] step = args[i].split(":");
            int amount = Integer.parseInt(step[1]);
            double seconds = Double.parseDouble(step[2]);
            Result result = switch (step[0]) {
                case "closed", "warmup" -> generator.closed(amount, seconds);
                case "open" -> generator.open(amount, seconds);
                default -> throw new IllegalArgumentException("unknown step " + args[i]);
            };
            if (TIMELINE != null) {
                result.writeTimeline(Path.of(TIMELINE, i - 1 + "-" + args[i].replace(':', '-') + ".txt"));
            }
            accepted += result.accepted;
            errors += result.errors;
            String label = switch (step[0]) {
                case "closed" -> amount + " clients";
                case "warmup" -> "warm-up " + amount;
                default -> amount + "/s open";
            };
            System.out.println(result.row(label));
            System.out.flush();
        }
        System.out.println("TOTAL accepted=" + accepted + " errors=" + errors);
    }

    /** CLIENTS connections, each sending its next request as soon as its previous one was answered. */
    Result closed(int clients, double seconds) throws InterruptedException {
        Worker[] workers = connected(clients);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Worker worker = workers[i];
            Thread thread = new Thread(() -> {
                try {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        worker.send(now);
                    }
                } finally {
                    worker.close();
                    done.countDown();
                }
            }, "closed-" + i);
            thread.start();
        }
        done.await();
        return Result.of(workers, System.nanoTime() - start);
    }

    /**
     * Requests due every 1/RATE s for SECONDS, sent by a pool of connections. Request n is due at
     * start + n/RATE; the connection that takes it waits until then, sends it, and its latency is
     * measured from the due time, so a request that had to wait for a free connection counts its
     * wait.
     */
    Result open(int rate, double seconds) throws InterruptedException {
        Worker[] workers = connected(OPEN_LOOP_CONNECTIONS);
        long total = (long) (rate * seconds);
        long start = System.nanoTime() + 50_000_000L;
        // a server that falls far behind must not hold the run hostage: requests still unsent
        // GIVE_UP_SECONDS after the step's end count as errors, with their wait so far as latency
        long giveUp = start + (long) ((seconds + GIVE_UP_SECONDS) * 1e9);
        AtomicLong next = new AtomicLong();
        CountDownLatch done = new CountDownLatch(workers.length);
        for (int i = 0; i < workers.length; i++) {
            Worker worker = workers[i];
            Thread thread = new Thread(() -> {
                try {
                    long n;
                    while ((n = next.getAndIncrement()) < total && !untilFileExists()) {
                        long due = start + (long) (n * 1e9 / rate);
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        if (System.nanoTime() > giveUp) {
                            worker.unsent(due, giveUp);
                        } else {
                            worker.send(due);
                        }
                    }
                } finally {
                    worker.close();
                    done.countDown();
                }
            }, "open-" + i);
            thread.start();
        }
        done.await();
        return Result.of(workers, System.nanoTime() - start);
    }

    private static boolean untilFileExists() {
        return UNTIL_FILE != null && Files.exists(UNTIL_FILE);
    }

    /**
     * {@code count} workers with their connections open (a connection that fails to open now is
     * opened again by the worker's first request, which counts the failure if it persists).
     */
    private Worker[] connected(int count) {
        Worker[] workers = new Worker[count];
        for (int i = 0; i < count; i++) {
            workers[i] = new Worker();
            try {
                workers[i].connect();
            } catch (IOException e) {
                workers[i].close();
            }
        }
        return workers;
    }

    /** One keep-alive connection and the latencies of the requests it sent. */
    final class Worker {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] buffer = new byte[8192];
        private long lastUsed;
        long[] latencies = new long[4096];
        long[] sentAt = new long[4096];
        int[] statuses = new int[4096];
        int count;
        long accepted;
        long errors;

        /** Sends one complaint; its latency counts from {@code from} (nanoTime). */
        void send(long from) {
            byte[] request = request(SEQUENCE.incrementAndGet());
            int status;
            try {
                status = exchange(request);
            } catch (IOException e) {
                close();
                status = -1;
            }
            record(from, System.nanoTime() - from, status);
        }

        private void record(long from, long latency, int status) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
                sentAt = Arrays.copyOf(sentAt, count * 2);
                statuses = Arrays.copyOf(statuses, count * 2);
            }
            statuses[count] = status;
            sentAt[count] = from;
            latencies[count++] = latency;
            if (status == 201) {
                accepted++;
            } else {
                errors++;
                if (REPORTED.incrementAndGet() <= 5) {
                    System.err.println("answer " + (status == -1 ? "none (connection failed or timed out)"
                            : status == -2 ? "none (not sent: the server was " + GIVE_UP_SECONDS + " s behind)" : status));
                }
            }
        }

        /** Counts a request the open loop never sent because the server was too far behind. */
        void unsent(long due, long now) {
            record(due, now - due, -2);
        }

        void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.connect(server, TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
            lastUsed = System.nanoTime();
        }

        private int exchange(byte[] request) throws IOException {
            if (socket != null && System.nanoTime() - lastUsed > IDLE_NANOS) {
                close();
            }
            if (socket == null) {
                connect();
            }
            lastUsed = System.nanoTime();
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
                if (read < 0) {
                    throw new IOException("connection closed by the server");
                }
                bytes -= read;
            }
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    /**
     * Complaint n: a valid, distinct complaint (name, email and text carry n). Every other one
     * names an organisation from the seeded list, the others type the company in; languages,
     * countries and optional consents vary.
     */
    private byte[] request(long n) {
        String company = n % 2 == 0
                ? "\"organisationId\":\"" + ORGANISATIONS[(int) (n / 2 % ORGANISATIONS.length)] + "\""
                : "\"company\":\"Example Social Network " + (n % 50) + " Ltd\"";
        String body = "{\"name\":\"Bench Complainant " + RUN + "-" + n + "\","
                + "\"email\":\"bench-" + RUN + "-" + n + "@example.org\","
                + "\"country\":\"" + COUNTRIES[(int) (n % COUNTRIES.length)] + "\","
                + company + ","
                + "\"service\":\"Instagram\",\"category\":\"AI_TRAINING\","
                + "\"text\":\"Complaint " + n + ": the company trains its AI on everything I posted since 2004"
                + " without asking me, and its objection form does not work.\","
                + "\"startedOn\":\"2025-05-27\","
                + (n % 3 == 0 ? "\"contacted\":true,\"contactedOn\":\"2025-05-20\"," : "\"contacted\":false,")
                + "\"consentToProcessing\":true,"
                + "\"consentToCollectiveAction\":" + (n % 4 == 0) + ","
                + "\"consentToUpdates\":" + (n % 2 == 1) + ","
                + "\"consentVersion\":\"2026-11\","
                + "\"language\":\"" + LANGUAGES[(int) (n % LANGUAGES.length)] + "\"}";
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + json.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + json.length);
        System.arraycopy(json, 0, request, head.length, json.length);
        return request;
    }

    /** What one step measured. */
    record Result(long requests, long accepted, long errors, double seconds, long[] sorted, Worker[] workers) {

        static Result of(Worker[] workers, long elapsedNanos) {
            List<long[]> parts = new ArrayList<>();
            long accepted = 0;
            long errors = 0;
            int total = 0;
            for (Worker worker : workers) {
                parts.add(Arrays.copyOf(worker.latencies, worker.count));
                accepted += worker.accepted;
                errors += worker.errors;
                total += worker.count;
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            Arrays.sort(all);
            return new Result(total, accepted, errors, elapsedNanos / 1e9, all, workers);
        }

        /** One line per request: when it was due or sent (epoch ms), its latency (µs), its answer. */
        void writeTimeline(Path file) throws IOException {
            long epochMillisAtZero = System.currentTimeMillis() - System.nanoTime() / 1_000_000;
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
                for (Worker worker : workers) {
                    for (int i = 0; i < worker.count; i++) {
                        out.println((epochMillisAtZero + worker.sentAt[i] / 1_000_000) + " " + worker.latencies[i] / 1_000
                                + " " + worker.statuses[i]);
                    }
                }
            }
        }

        double percentileMillis(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String row(String label) {
            return String.format(Locale.ROOT, "%-14s %9d %9d %7d %10.0f %8.1f %8.1f %8.1f %8.1f",
                    label, requests, accepted, errors, accepted / seconds,
                    percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
        }
    }
}
