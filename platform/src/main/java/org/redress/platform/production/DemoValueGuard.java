package org.redress.platform.production;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a service in profile prod while one of its secrets still has a value of the local
 * stack ({@link DemoValues}): better no service than one that anyone who has read the repository can
 * log in to or read the database of. The local stack and the tests run in other profiles.
 */
@Singleton
public class DemoValueGuard {

    void refuseDemoValues(@Observes StartupEvent start) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<String> found = DemoValues.foundIn(ConfigProvider.getConfig());
        if (!found.isEmpty()) {
            throw new IllegalStateException("Refusing to start in profile prod: these settings still have values "
                    + "of the local stack, which are public in the Redress repository:\n  - "
                    + String.join("\n  - ", found)
                    + "\nSet them to secrets of this deployment (docs/configuration.md).");
        }
    }
}
