package org.redress.platform.worker;

/**
 * One bounded piece of a worker's job: claim a batch in a short transaction, do it, and say when to
 * run again. A round that throws is a failed round: its worker backs off and tries again.
 */
@FunctionalInterface
public interface Round {

    Next run();
}
