package org.redress.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives a {@code @QuarkusTest} application a real SMTP server (GreenMail) on a free loopback port. */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;

    /** The running SMTP server, to read what it received. */
    public static GreenMail greenMail() {
        return greenMail;
    }

    public static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port = Ports.free();
        greenMail = startSmtp(port);
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
