package dev.preflight.check;

import dev.preflight.metric.Metric;

import java.util.List;

/**
 * A parsed expectation: it declares the metrics it needs and judges them. Implementations are immutable values
 * (records), and {@link #evaluate} is a pure function of the context: no I/O, no warehouse.
 */
public interface CheckSpec {

    /** {@return the id used when the suite gives none; unique among a dataset's checks of this type} */
    String defaultId();

    /** {@return the metrics the dataset's scan must compute for this check} */
    List<Metric> metrics();

    /** {@return whether the check reads the expected calendar} */
    default boolean needsCalendar() {
        return false;
    }

    /** {@return a one-line statement of the expectation, e.g. "coverage >= 95.0%"} */
    String describe();

    /** Judges the metrics. */
    CheckResult evaluate(CheckContext context);
}
