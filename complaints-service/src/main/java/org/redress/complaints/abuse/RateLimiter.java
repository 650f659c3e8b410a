package org.redress.complaints.abuse;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.redress.complaints.ComplaintsConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket (Bucket4j) per client: {@code burst} requests at once, refilled at
 * {@code per-minute}. Buckets live in a bounded Caffeine map and are dropped once idle long enough
 * to be full again, so memory stays bounded however many addresses call.
 */
@ApplicationScoped
public class RateLimiter {

    /** At about 200 bytes a bucket, some 20 MB at most. */
    private static final long MAX_CLIENTS = 100_000;

    private final ComplaintsConfig.RateLimit limit;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(ComplaintsConfig config) {
        this.limit = config.rateLimit();
        Duration untilFull = Duration.ofMillis(60_000L * limit.burst() / limit.perMinute() + 1_000);
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(untilFull).build();
    }

    public boolean enabled() {
        return limit.enabled();
    }

    /** Takes one token of the client's bucket: 0 if it may go ahead, otherwise the seconds to wait. */
    public long secondsToWait(String clientAddress) {
        ConsumptionProbe probe = buckets.get(client(clientAddress), client -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .build();
    }

    /**
     * The client an address stands for: an IPv4 address itself; for IPv6 its /64 network, since one
     * subscriber usually holds a whole /64 and could otherwise rotate through it.
     */
    static String client(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            InetAddress ip = InetAddress.getByName(address); // a literal: no name lookup
            if (ip instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(ip.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return ip.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
