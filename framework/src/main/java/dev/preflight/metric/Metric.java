package dev.preflight.metric;

import java.util.List;

/**
 * A count that the warehouse computes per date of a dataset's window, in the dataset's one scan.
 * Metrics are counts, never ratios, so that per-date values can be summed over any sub-window (Deequ's states).
 * Equal metrics are computed once, however many checks ask for them.
 */
public sealed interface Metric permits Metric.RowCount, Metric.NullCount, Metric.DuplicateRows {

    /** {@return the columns the metric reads, for projection and diagnostics} */
    List<String> columns();

    /** {@return a short name for reports, e.g. {@code null_count(usage_rate)}} */
    String name();

    /** Rows on the date. */
    record RowCount() implements Metric {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public String name() {
            return "row_count";
        }
    }

    /** Rows on the date whose {@code column} is NULL. */
    record NullCount(String column) implements Metric {
        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String name() {
            return "null_count(" + column + ")";
        }
    }

    /**
     * Rows that repeat a key within the window (a key present three times counts two), counted on the date the key
     * first appears. Rows with a NULL in any key column are never duplicates, as in SQL's UNIQUE.
     */
    record DuplicateRows(List<String> keys) implements Metric {
        public DuplicateRows {
            keys = List.copyOf(keys);
        }

        @Override
        public List<String> columns() {
            return keys;
        }

        @Override
        public String name() {
            return "duplicate_rows(" + String.join(", ", keys) + ")";
        }
    }

    static RowCount rowCount() {
        return new RowCount();
    }
}
