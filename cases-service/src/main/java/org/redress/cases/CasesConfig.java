package org.redress.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.redress.cases.deadline.DeadlineKind;
import org.redress.cases.deadline.PeriodUnit;
import org.redress.cases.step.StepType;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of cases-service (the outbox has its own, shared by every service). */
@ConfigMapping(prefix = "redress.cases")
public interface CasesConfig {

    /**
     * The deadlines the law attaches to each kind of step: recording such a step opens them, running
     * from the step's date in the case's jurisdiction. Configuration, not code.
     */
    List<PlannedDeadline> deadlinePlans();

    MissedClock missedClock();

    /**
     * The zone the staff pages show dates and times in (no staff member has a zone of their own
     * yet); a deadline or hearing whose jurisdiction reads another clock also shows that one.
     */
    @WithDefault("Europe/Vienna")
    ZoneId staffZone();

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
