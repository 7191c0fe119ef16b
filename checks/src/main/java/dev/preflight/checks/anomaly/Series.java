package dev.preflight.checks.anomaly;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;
import dev.preflight.model.SqlFragment;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The per-date number an anomaly check watches, read from the counts of the dataset's one scan. A date without rows
 * has no value: a missing date is coverage's finding, and an anomaly check judges the dates that have data.
 */
sealed interface Series permits Series.Rows, Series.NullShare, Series.Share, Series.ValueMean {

    /** {@return the scan's metrics this series is made of} */
    List<Metric> metrics();

    /** {@return the value on {@code date}, or empty when the date has no rows} */
    OptionalDouble on(LocalDate date, DatasetMetrics metrics, ExpectedCalendar calendar);

    /** {@return how the suite writes it, e.g. {@code null_share(usage_rate)}} */
    String name();

    /**
     * {@return the standard error of the date's value if the baseline's centre were its true value}: for a share in
     * percent of {@code n} rows, {@code 100 × sqrt(p × (1 − p) / n)}; 0 for a series that is not a share
     */
    default double samplingError(double centre, LocalDate date, DatasetMetrics metrics) {
        return 0;
    }

    /** The binomial standard error, in percent, of a share of {@code rows} rows whose true share is {@code centre}%. */
    static double shareError(double centre, long rows) {
        double p = Math.min(Math.max(centre / 100, 0), 1);
        return rows <= 0 ? 0 : 100 * Math.sqrt(p * (1 - p) / rows);
    }

    /** {@return the series' key in the metric history, e.g. {@code rows_per_calendar_count}} */
    default String key() {
        return name();
    }

    /** {@return the id part, e.g. {@code rows}} */
    default String idPart() {
        return name();
    }

    /** Rows on the date; with {@code perCalendarCount}, per unit of the calendar's count (rows per game). */
    record Rows(boolean perCalendarCount) implements Series {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.rowCount());
        }

        @Override
        public OptionalDouble on(LocalDate date, DatasetMetrics metrics, ExpectedCalendar calendar) {
            long rows = metrics.on(Metric.rowCount(), date);
            if (rows == 0) {
                return OptionalDouble.empty();
            }
            if (!perCalendarCount) {
                return OptionalDouble.of(rows);
            }
            long units = calendar.countOn(date);
            return units <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rows / units);
        }

        @Override
        public String name() {
            return perCalendarCount ? "rows per calendar count" : "rows";
        }

        @Override
        public String key() {
            return perCalendarCount ? "rows_per_calendar_count" : "rows";
        }

        @Override
        public String idPart() {
            return "rows";
        }
    }

    /** The share of the date's rows where {@code column} is NULL, in percent. */
    record NullShare(String column) implements Series {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.rowCount(), new Metric.NullCount(column));
        }

        @Override
        public OptionalDouble on(LocalDate date, DatasetMetrics metrics, ExpectedCalendar calendar) {
            long rows = metrics.on(Metric.rowCount(), date);
            return rows == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * metrics.on(new Metric.NullCount(column), date) / rows);
        }

        @Override
        public double samplingError(double centre, LocalDate date, DatasetMetrics metrics) {
            return Series.shareError(centre, metrics.on(Metric.rowCount(), date));
        }

        @Override
        public String name() {
            return "null_share(" + column + ")";
        }
    }

    /** The share of the date's rows where the author's condition holds, in percent. */
    record Share(SqlFragment condition) implements Series {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.rowCount(), holds());
        }

        @Override
        public OptionalDouble on(LocalDate date, DatasetMetrics metrics, ExpectedCalendar calendar) {
            long rows = metrics.on(Metric.rowCount(), date);
            return rows == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(100.0 * metrics.on(holds(), date) / rows);
        }

        @Override
        public double samplingError(double centre, LocalDate date, DatasetMetrics metrics) {
            return Series.shareError(centre, metrics.on(Metric.rowCount(), date));
        }

        /** The rows where the condition holds: one metric of the scan, for the plan and the reading alike. */
        private Metric holds() {
            return new Metric.CountIf(new Predicate.Sql(condition));
        }

        @Override
        public String name() {
            return "share(" + condition.text() + ")";
        }

        @Override
        public String idPart() {
            return "share";
        }
    }

    /**
     * The mean of the date's non-NULL values of {@code column}: the scan's sum over the rows less the NULLs, so the
     * mean costs no statement and no ratio in SQL. A date whose values are all NULL has no mean.
     */
    record ValueMean(String column) implements Series {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.rowCount(), new Metric.NullCount(column), new Metric.ValueSum(column));
        }

        @Override
        public OptionalDouble on(LocalDate date, DatasetMetrics metrics, ExpectedCalendar calendar) {
            long values = metrics.on(Metric.rowCount(), date) - metrics.on(new Metric.NullCount(column), date);
            return values <= 0 ? OptionalDouble.empty() : OptionalDouble.of(metrics.value(new Metric.ValueSum(column), date) / values);
        }

        @Override
        public String name() {
            return "value_mean(" + column + ")";
        }
    }
}
