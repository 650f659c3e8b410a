package org.redress.testsupport;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives a {@code @QuarkusTest} application a real Artemis broker, created fresh for the test run. */
public class ArtemisTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile ArtemisBroker broker;

    /** The running broker, for tests that stop and restart it. */
    public static ArtemisBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = ArtemisBroker.startNew(Path.of("target"));
        return broker.quarkusConfig();
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }
}
