package dev.preflight.check;

import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.Metric;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A parsed expectation: it declares the metrics it needs and judges them. Implementations are immutable values
 * (records), and {@link #evaluate} is a pure function of the context: no I/O, no warehouse.
 *
 * <p>Besides the metrics of the one scan, a check may declare the few things that cannot share it, each of which the
 * engine fetches once per dataset however many checks ask: the table's columns ({@link #needsSchema}), a comparison
 * with an upstream dataset ({@link #dependencies}), the author's own query ({@link #queries}).
 */
@API(status = STABLE, since = "0.1")
public interface CheckSpec {

    /** {@return the id used when the suite gives none; unique among a dataset's checks of this type} */
    String defaultId();

    /** {@return the metrics the dataset's scan must compute for this check} */
    List<Metric> metrics();

    /** {@return whether the check reads the expected calendar} */
    default boolean needsCalendar() {
        return false;
    }

    /** {@return whether the check needs the dataset's date column; checks about dates do} */
    default boolean needsDateColumn() {
        return needsCalendar();
    }

    /** {@return whether the check reads the table's columns and types (one METADATA statement per dataset)} */
    default boolean needsSchema() {
        return false;
    }

    /** {@return comparisons with upstream datasets (one DEPENDENCY statement each)} */
    default List<Dependency> dependencies() {
        return List.of();
    }

    /** {@return queries of the suite's author (one CUSTOM statement each)} */
    default List<CustomQuery> queries() {
        return List.of();
    }

    /** {@return the rows that break the expectation, for opt-in samples; empty when there are no such rows} */
    default Optional<SampleSource> failingRows() {
        return Optional.empty();
    }

    /** {@return a one-line statement of the expectation, e.g. "coverage >= 95.0%"} */
    String describe();

    /** Judges the metrics. */
    CheckResult evaluate(CheckContext context);

    /**
     * {@return the name of the per-date series this check records in the suite's metric history, e.g.
     * {@code null_share(usage_rate)}; empty (the default) when it records none}. A check that names one receives the
     * earlier values of that series through {@link CheckContext#history()}.
     */
    default Optional<String> historyMetric() {
        return Optional.empty();
    }

    /** {@return the series' values on the window's dates, to append to the history; read only when {@link #historyMetric()} names one} */
    default java.util.SortedMap<java.time.LocalDate, Double> historyValues(CheckContext context) {
        return java.util.Collections.emptySortedMap();
    }
}
