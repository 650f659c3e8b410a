package org.redress.cases.casefile;

/**
 * Fired, synchronously and inside the transaction, when a case is closed: what still runs for it
 * (its deadlines) stops in the same transaction.
 */
public record CaseClosed(CaseFile file, String actor) {
}
