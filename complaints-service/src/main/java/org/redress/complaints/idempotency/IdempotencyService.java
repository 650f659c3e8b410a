package org.redress.complaints.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.redress.complaints.ComplaintsConfig;
import org.redress.platform.worker.Next;
import org.redress.platform.worker.Timing;
import org.redress.platform.worker.Workers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * Runs a write at most once per {@code Idempotency-Key} and answers retries with the first answer
 * (draft-ietf-httpapi-idempotency-key-header). The key, a SHA-256 fingerprint of the request and the
 * answer commit in the same transaction as the write itself.
 * <p>
 * Concurrent requests with the same key: the first claims the key by inserting its row; PostgreSQL
 * makes the others' insert of the same key wait on the unique index until that transaction ends.
 * If it commits, they find its row and replay its answer; if it rolls back, one of them claims the
 * key. So the loser waits and replays; no two writes happen for one key. Keys past their retention
 * are deleted hourly by a platform worker ("idempotency-purge").
 */
@Startup
@ApplicationScoped
public class IdempotencyService {

    /** Visible ASCII, 1 to 255 characters. */
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final ObjectMapper json;
    private final Duration retention;

    public IdempotencyService(ObjectMapper json, ComplaintsConfig config, Workers workers) {
        this.json = json;
        this.retention = config.idempotency().retention();
        workers.define("idempotency-purge", Timing.pollEvery(Duration.ofHours(1)).firstRunAfter(Duration.ofMinutes(1)),
                this::purgeExpired);
    }

    /**
     * Runs {@code write} (which joins this transaction) unless {@code key} was used before: then
     * answers the first answer again, or rejects the request if its fingerprint differs from the
     * first one's. {@code request} is what a retry must repeat, written as JSON to compare.
     */
    @Transactional
    public <T> Once<T> once(String key, Object request, Class<T> answerType, Supplier<T> write) {
        String normalized = normalize(key);
        byte[] fingerprint = sha256(toJson(request));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!claim(normalized, fingerprint, now)) {
            IdempotencyKey first = IdempotencyKey.findById(normalized);
            if (!MessageDigest.isEqual(first.requestHash, fingerprint)) {
                throw IdempotencyKeyRejected.reused();
            }
            return new Once<>(fromJson(first.responseBody, answerType), true);
        }
        T answer = write.get();
        // response_status: read by replicas of the previous version during a rolling update, whose
        // replays answered it (201, the API's); this version keeps the answer only
        IdempotencyKey.getEntityManager()
                .createNativeQuery("update idempotency_key set response_status = 201, response_body = :body where key = :key")
                .setParameter("body", toJson(answer))
                .setParameter("key", normalized)
                .executeUpdate();
        return new Once<>(answer, false);
    }

    /** The answer of a write run at most once per key: the first answer, and whether this is a replay of it. */
    public record Once<T>(T answer, boolean replayed) {
    }

    /** Deletes the keys older than the retention; a retry after that is a new request. */
    private Next purgeExpired() {
        long deleted = QuarkusTransaction.requiringNew().call(() -> IdempotencyKey.delete("createdAt < ?1",
                OffsetDateTime.now(ZoneOffset.UTC).minus(retention)));
        if (deleted > 0) {
            Log.infof("Deleted %d expired idempotency keys", deleted);
        }
        return Next.whenWoken();
    }

    /**
     * Inserts the key's row, or takes over the row of an expired key not purged yet; false if the
     * key is in use. Waits for a concurrent transaction that holds the same key.
     */
    private boolean claim(String key, byte[] fingerprint, OffsetDateTime now) {
        return IdempotencyKey.getEntityManager().createNativeQuery("""
                insert into idempotency_key (key, request_hash, created_at) values (:key, :hash, :now)
                on conflict (key) do update
                    set request_hash = excluded.request_hash, created_at = excluded.created_at,
                        response_status = null, response_body = null
                    where idempotency_key.created_at < :expiredBefore""")
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .setParameter("now", now)
                .setParameter("expiredBefore", now.minus(retention))
                .executeUpdate() == 1;
    }

    /** Accepts the draft's quoted form ({@code "abc"}) and Stripe's bare form ({@code abc}) alike. */
    private static String normalize(String key) {
        String bare = key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")
                ? key.substring(1, key.length() - 1)
                : key;
        if (!VALID_KEY.matcher(bare).matches()) {
            throw IdempotencyKeyRejected.malformed();
        }
        return bare;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored answer (" + type.getSimpleName() + ")", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
