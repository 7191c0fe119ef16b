package dev.preflight.warehouse;

import org.apiguardian.api.API;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where runs append their per-date metrics and later runs read them back (Deequ's metrics repository): one row per
 * suite, dataset, check, metric, date and run. The framework's warehouse stays read-only; a history is a separate,
 * append-only store that each warehouse module provides ({@link WarehouseProvider#history}). Its failures are never a
 * gate's: the engine turns them into warnings.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface MetricHistory extends AutoCloseable {

    /** The check of the points a dataset's scan records for every dataset (its rows per date). */
    String SCAN = "scan";

    /**
     * Appends the points.
     *
     * @throws WarehouseException when they cannot be written
     */
    void append(List<Point> points);

    /**
     * {@return every point of the dataset in the suite, by date then run time}
     *
     * @throws WarehouseException when the history cannot be read
     */
    List<Point> read(String suite, String dataset);

    /** {@return where the history is, for messages, e.g. {@code preflight-demo/preflight-history.duckdb}} */
    String describe();

    @Override
    default void close() {
    }

    /**
     * One metric of one date, as one run saw it.
     *
     * @param suite the suite's name
     * @param dataset the dataset's id
     * @param check the check's id, or {@link #SCAN} for the dataset's own counts
     * @param metric what was measured, e.g. {@code row_count} or {@code null_share(usage_rate)}
     * @param date the data's date
     * @param value the value
     * @param runId the run that saw it
     * @param runTime when that run started
     */
    record Point(String suite, String dataset, String check, String metric, LocalDate date, double value, String runId, Instant runTime) {
        public Point {
            Objects.requireNonNull(suite, "suite must not be null");
            Objects.requireNonNull(dataset, "dataset must not be null");
            Objects.requireNonNull(check, "check must not be null");
            Objects.requireNonNull(metric, "metric must not be null");
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(runId, "runId must not be null");
            Objects.requireNonNull(runTime, "runTime must not be null");
        }
    }
}
