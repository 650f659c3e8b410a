package org.redress.testsupport.portal;

import java.util.Map;

import org.redress.testsupport.Ports;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A free port for the application under test, chosen before it starts, and the portal's
 * notifications URL on it ({@link NotificationsServiceStandIn}). The portal's settings are read once
 * at start-up, when {@code quarkus.http.test-port=0} would still read 0.
 */
public class StandInPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = Ports.free();
        return Map.of("quarkus.http.test-port", String.valueOf(port),
                "redress.portal.notifications-url", "http://127.0.0.1:" + port + "/test/notifications-service");
    }

    @Override
    public void stop() {
    }
}
