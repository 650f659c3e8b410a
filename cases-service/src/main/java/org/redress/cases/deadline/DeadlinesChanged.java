package org.redress.cases.deadline;

/** Fired in a transaction that changed a running deadline: the missed-deadline clock re-arms after its commit. */
public record DeadlinesChanged() {
}
