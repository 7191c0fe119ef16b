package dev.preflight.warehouse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every statement a run sends, in order, so reports can show the SQL and tests can count statements.
 * One log per run; safe for concurrent datasets.
 */
public final class StatementLog {

    /** A statement that ran, how long it took, and whether it failed. */
    public record Entry(Statement statement, Duration duration, boolean failed) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void record(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** {@return a warehouse that records every statement it runs here} */
    public Warehouse observe(Warehouse warehouse) {
        return new Observed(warehouse, this);
    }

    private record Observed(Warehouse delegate, StatementLog log) implements Warehouse {
        @Override
        public dev.preflight.sql.SqlDialect dialect() {
            return delegate.dialect();
        }

        @Override
        public QueryResult execute(Statement statement) {
            long started = System.nanoTime();
            boolean failed = true;
            try {
                QueryResult result = delegate.execute(statement);
                failed = false;
                return result;
            } finally {
                log.record(new Entry(statement, Duration.ofNanos(System.nanoTime() - started), failed));
            }
        }

        @Override
        public java.util.Optional<java.util.Map<String, String>> columns(dev.preflight.model.TableName table) {
            long started = System.nanoTime();
            boolean failed = true;
            try {
                var columns = delegate.columns(table);
                failed = false;
                return columns;
            } finally {
                log.record(new Entry(new Statement(Statement.Kind.METADATA, table.toString(), "-- columns of " + table),
                        Duration.ofNanos(System.nanoTime() - started), failed));
            }
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
