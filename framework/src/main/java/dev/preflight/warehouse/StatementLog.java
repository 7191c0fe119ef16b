package dev.preflight.warehouse;

import dev.preflight.metric.QueryStats;

import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Records every statement a run sends, in order, so reports can show the SQL and tests can count statements.
 * One log per run; safe for concurrent datasets.
 */
@API(status = INTERNAL, since = "0.1")
public final class StatementLog {

    /** A statement that ran, how long it took, whether it failed, and the bytes it read and was billed for. */
    public record Entry(Statement statement, Duration duration, boolean failed, QueryStats stats) {

        Entry(Statement statement, Duration duration, boolean failed) {
            this(statement, duration, failed, QueryStats.NONE);
        }

        public Entry {
            stats = stats == null ? QueryStats.NONE : stats;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void record(Entry entry) {
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
            QueryResult result = null;
            try {
                result = delegate.execute(statement);
                return result;
            } finally {
                log.record(new Entry(statement, Duration.ofNanos(System.nanoTime() - started), result == null,
                        result == null ? QueryStats.NONE : result.stats()));
            }
        }

        // Dry runs read no data and bill nothing, so they are not statements of the run and are not recorded.
        @Override
        public java.util.OptionalLong dryRunBytes(Statement statement) {
            return delegate.dryRunBytes(statement);
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
        public java.util.Optional<String> rejection(Statement statement) {
            return delegate.rejection(statement);
        }

        // Asked only to word a failure's diagnosis, like a rejection: not a statement of the run.
        @Override
        public java.util.List<String> tablesNear(dev.preflight.model.TableName table) {
            return delegate.tablesNear(table);
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
