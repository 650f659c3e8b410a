package org.redress.notifications.delivery;

import java.util.concurrent.Executor;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * The one Vert.x event-loop context every SMTP hand-off starts on. The Vert.x mail client (4.5) opens
 * a new connection on the event loop current when the send starts, but reads the server's greeting
 * only once its pool has handed the connection on, on the caller's context: when the two differ, as
 * for a send started on any other thread, the greeting sometimes arrives first and is dropped, and
 * the send waits for an answer that never comes (about 1 new connection in 250 to 1,000 here, each
 * until our send-timeout). Started on one context, the connection is opened and read on the same
 * event loop, and the greeting is never lost ({@code SmtpContextTest}).
 */
final class SmtpContext implements Executor {

    private final Context context;

    SmtpContext(Vertx vertx) {
        // an event-loop context of its own, not whichever context the creating thread has
        this.context = ((VertxInternal) vertx).createEventLoopContext();
    }

    @Override
    public void execute(Runnable command) {
        context.runOnContext(ignored -> command.run());
    }
}
