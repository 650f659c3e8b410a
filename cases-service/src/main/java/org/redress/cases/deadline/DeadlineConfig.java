package org.redress.cases.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.redress.cases.casefile.StepType;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The deadline rule book's settings ({@code redress.cases.*}): which deadlines each kind of step opens,
 * and the missed-deadline clock. The outbox and the staff pages have their own.
 */
@ConfigMapping(prefix = "redress.cases")
public interface DeadlineConfig {

    /**
     * The deadlines the law attaches to each kind of step: recording such a step opens them, running
     * from the step's date in the case's jurisdiction. Configuration, not code.
     */
    List<PlannedDeadline> deadlinePlans();

    MissedClock missedClock();

    /** One deadline that a step of type {@link #step()} opens. */
    interface PlannedDeadline {

        StepType step();

        DeadlineKind kind();

        int amount();

        PeriodUnit unit();

        /** How far it may be extended, e.g. by 2 months under GDPR Art. 12(3); empty if not extendable. */
        Optional<Integer> extendableAmount();

        Optional<PeriodUnit> extendableUnit();

        /** The rule that sets the period, shown with the deadline, e.g. "GDPR Art. 78(2)". */
        Optional<String> legalBasis();
    }

    /** The clock that marks a deadline missed when its period ends without the deadline being met. */
    interface MissedClock {

        /**
         * The longest the clock sleeps without looking at the database: it is woken by every change
         * made here, and this bounds how late it notices a change made by another instance.
         */
        @WithDefault("30s")
        Duration maxSleep();

        /** How many deadlines one round marks missed at most. */
        @WithDefault("100")
        int batchSize();
    }
}
