package org.redress.complaints;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
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

    /** Who runs this service, as every public page names it. */
    Organisation organisation();

    Verification verification();

    RateLimit rateLimit();

    Idempotency idempotency();

    GroupCommit groupCommit();

    /**
     * The organisation that runs Redress and answers for the complainants' data (not a company
     * complained about): named with its logo in the header of every public page, its imprint and
     * privacy notice linked in the footer and beside the consents.
     */
    interface Organisation {

        @WithDefault("Redress")
        String name();

        /**
         * The logo's address on this service (the pages' policy loads images from the service only),
         * e.g. the built-in {@code /img/logo.svg}; shown beside the name, so it carries no text of its own.
         * An image of the organisation's own goes in {@link #logoFile()}.
         */
        @WithDefault("/img/logo.svg")
        @Pattern(regexp = "/(?![/\\\\]).*", message = "must be a path on this service, such as /img/logo.svg")
        String logo();

        /**
         * The logo as a file on the server (SVG, PNG, JPEG or WebP), served at
         * {@code /organisation/logo}; when set, it is the logo instead of {@link #logo()}.
         */
        Optional<java.nio.file.Path> logoFile();

        /** The page with the organisation's legal details (German "Impressum"). */
        @WithDefault("https://redress.example.org/imprint")
        String imprintUrl();

        /** Address and registration, one line in the footer of every public page; none when empty. */
        Optional<String> imprint();

        /** The privacy notice: what the organisation does with a complainant's data, and their rights. */
        @WithDefault("https://redress.example.org/privacy")
        String privacyNoticeUrl();
    }

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
