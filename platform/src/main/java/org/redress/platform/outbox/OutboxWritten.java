package org.redress.platform.outbox;

/** Fired inside the transaction that wrote to the outbox; the relay wakes up once it commits. */
public record OutboxWritten(String type) {
}
