package org.redress.platform.events;

/** A message on the broker that is not a readable Redress event: it is rejected, not retried. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
