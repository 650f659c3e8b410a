import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/cases.sh's load: the staff dashboard, the filtered case list and the case page over HTTP,
 * logged in as bob with a Keycloak access token (the staff pages' hybrid OIDC tenant accepts a bearer
 * token as it accepts the browser's session cookie). A bounded number of requests per page, after a
 * warm-up, by CLIENTS closed-loop clients; every answer must be 200. Prints one row per page:
 * requests, errors, p50/p95/p99/max in milliseconds; and per filter of the case list.
 *
 *   java bench/cases-load.java BASE_URL TOKEN_URL PASSWORD REFERENCES_FILE WARMUP REQUESTS CLIENTS
 */
class CasesLoad {

    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String tokenUrl;
    static String password;
    static volatile String token;
    static volatile long tokenAt;

    static final List<String> FILTERS = List.of(
            "status=AWAITING_RESPONSE&jurisdiction=AT",
            "owner=bob%40redress.local&sort=updatedAt",
            "tag=tag7&status=ESCALATED",
            "respondent=Company+42+Ltd",
            "q=tracking&sort=title&order=asc",
            "q=CASE-2024-0123",
            "jurisdiction=DE&sort=reference&order=asc&page=3");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        tokenUrl = args[1];
        password = args[2];
        List<String> references = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        int warmup = Integer.parseInt(args[4]);
        int requests = Integer.parseInt(args[5]);
        int clients = Integer.parseInt(args[6]);
        refreshToken();

        Random random = new Random(42);
        System.out.printf("%-34s %8s %6s %8s %8s %8s %8s%n", "page (" + clients + " client" + (clients == 1 ? "" : "s") + ")",
                "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        run("dashboard /staff", base, i -> "/staff", warmup, requests, clients, true);
        run("case list, filtered /staff/cases", base, i -> "/staff/cases?" + FILTERS.get(i % FILTERS.size()),
                warmup, requests, clients, true);
        run("case page /staff/cases/{ref}", base,
                i -> "/staff/cases/" + references.get(Math.floorMod(random.nextInt() + i, references.size())),
                warmup, requests, clients, true);
        for (String filter : FILTERS) {
            run("  list ?" + filter, base, i -> "/staff/cases?" + filter, Math.min(warmup, 20), Math.max(requests / 10, 30),
                    1, false);
        }
    }

    static void run(String name, String base, IntFunction<String> path, int warmup, int requests, int clients,
            boolean summary) throws Exception {
        measure(base, path, warmup, clients); // warm-up, not reported
        long started = System.nanoTime();
        Result result = measure(base, path, requests, clients);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] ms = result.nanos;
        Arrays.sort(ms);
        System.out.printf("%-34s %8d %6d %8.1f %8.1f %8.1f %8.1f%s%n", name, ms.length, result.errors.get(),
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6,
                summary ? String.format("   (%.0f req/s)", ms.length / seconds) : "");
    }

    record Result(long[] nanos, AtomicInteger errors) {
    }

    static Result measure(String base, IntFunction<String> path, int requests, int clients) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    try {
                        if (System.nanoTime() - tokenAt > 60_000_000_000L) {
                            refreshToken();
                        }
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                                .header("Authorization", "Bearer " + token).header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        nanos[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            if (errors.getAndIncrement() < 3) {
                                System.err.println(response.statusCode() + " " + request.uri());
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(nanos, errors);
    }

    static synchronized void refreshToken() throws Exception {
        if (token != null && System.nanoTime() - tokenAt < 60_000_000_000L) {
            return;
        }
        String form = "grant_type=password&client_id=cases-service&client_secret=cases-secret&username=bob&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&scope=openid";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        token = matcher.group(1);
        tokenAt = System.nanoTime();
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
