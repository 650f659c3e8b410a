package org.redress.portal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where each service of the portal answers, configured once per deployment (the same values in all
 * three services: {@code REDRESS_PORTAL_COMPLAINTS_URL}, ...). The staff pages link to each other
 * through these, so the navigation works whether the services share one origin or have a port each.
 */
@ConfigMapping(prefix = "redress.portal")
public interface PortalConfig {

    /** complaints-service: the triage desk. */
    @WithDefault("http://127.0.0.1:8081")
    String complaintsUrl();

    /** cases-service: cases, deadlines, calendar. */
    @WithDefault("http://127.0.0.1:8082")
    String casesUrl();

    /** notifications-service: the delivery log. */
    @WithDefault("http://127.0.0.1:8083")
    String notificationsUrl();

    /**
     * How this service reaches notifications-service for the banner's status, when that is not the public
     * URL (in a cluster: {@code http://notifications-service:8080}); the public URL when absent.
     */
    Optional<String> notificationsInternalUrl();

    /** How long the banner's answer from notifications-service (reminders held back or not) is reused. */
    @WithDefault("15s")
    Duration statusCacheFor();

    /** How long a page waits at most for notifications-service's answer (connect and read). */
    @WithDefault("1s")
    Duration statusTimeout();

    /**
     * The zone the staff pages show times in (IANA id): the organisation's office. A deadline or
     * hearing whose own zone (its jurisdiction's) reads another clock shows that one beside it.
     */
    @WithDefault("Europe/Vienna")
    ZoneId staffZone();
}
