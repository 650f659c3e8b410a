package org.redress.complaints;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of complaints-service (the outbox has its own, shared by every service). */
@ConfigMapping(prefix = "redress.complaints")
public interface ComplaintsConfig {

    /**
     * Where the public reaches this service, without a trailing slash (the links in complainants'
     * emails start with it), e.g. {@code https://complaints.redress.example}.
     */
    @WithDefault("http://127.0.0.1:8081")
    String publicUrl();

    Verification verification();

    RateLimit rateLimit();

    Idempotency idempotency();

    GroupCommit groupCommit();

    /** The per-client-IP limit on public writes. */
    interface RateLimit {

        /** Off only for the benchmark, which sends everything from one address. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained rate: requests per minute and client address. */
        @WithDefault("20")
        @Positive
        int perMinute();

        /** How many requests a client may send at once before the sustained rate applies. */
        @WithDefault("10")
        @Positive
        int burst();
    }

    /** Confirming the complainant's email address. */
    interface Verification {

        /** An unconfirmed complaint and its files are deleted after this long. */
        @WithDefault("7d")
        Duration retention();

        /** How often the expiry looks for unconfirmed complaints past the retention. */
        @WithDefault("10m")
        Duration checkEvery();
    }

    /** Idempotency-Key of public writes. */
    interface Idempotency {

        /** How long the first answer to a key is kept for retries. */
        @WithDefault("24h")
        Duration retention();
    }

    /** Submissions that arrive together commit in one transaction ({@code complaint.GroupCommit}). */
    interface GroupCommit {

        /** The most submissions one transaction commits. */
        @WithDefault("32")
        @Positive
        int maxSize();

        /** Threads that commit groups: while one commits, the next group gathers on another. */
        @WithDefault("2")
        @Positive
        int committers();

        /** Submissions that may wait for a committer; more are answered 503 with Retry-After. */
        @WithDefault("1000")
        @Positive
        int queueCapacity();
    }
}
