package org.redress.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay, the same in every service. */
@ConfigMapping(prefix = "redress.outbox")
public interface OutboxConfig {

    /** How many events one relay round publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to accept a round before it gives up and retries later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How often the relay looks for unpublished events without being woken (written by another instance, or before a restart). */
    @WithDefault("1s")
    Duration pollInterval();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("15s")
    Duration maxBackoff();

    /**
     * How long the relay waits after a commit wrote an event before it publishes, so that the
     * events of the commits meanwhile go out in the same round (fewer, larger rounds: less work for
     * the database and the broker per event).
     */
    @WithDefault("10ms")
    Duration linger();

    /** How long published events are kept in the outbox table (for inspection) before they are deleted. */
    @WithDefault("7d")
    Duration retention();
}
