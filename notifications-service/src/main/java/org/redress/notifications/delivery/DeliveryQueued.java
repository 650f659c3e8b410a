package org.redress.notifications.delivery;

/** Fired in the transaction that queued an email; the dispatcher wakes up once it commits. */
record DeliveryQueued(String kind) {
}
