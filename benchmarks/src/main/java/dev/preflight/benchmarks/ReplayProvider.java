package dev.preflight.benchmarks;

import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.metric.QueryResult;
import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;
import dev.preflight.warehouse.WarehouseProvider;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code type: replay}: a warehouse that answers every statement with the result a real warehouse returned for the
 * same text when it was recorded ({@link #record}), so the engine's run of a dataset is measured without the
 * warehouse's work. Speaks DuckDB's dialect, the dialect of the recording.
 */
public final class ReplayProvider implements WarehouseProvider {

    static final String TYPE = "replay";
    /** The setting naming the recording to replay. */
    static final String RECORDING = "recording";

    private static final Map<String, Recording> RECORDINGS = new ConcurrentHashMap<>();

    /** What a warehouse answered: each statement's result by its text, and the tables' columns. */
    record Recording(Map<String, QueryResult> results, Map<TableName, Map<String, String>> columns) {
        Recording {
            results = Map.copyOf(results);
            columns = Map.copyOf(columns);
        }
    }

    /** Registers {@code recording} under {@code name}, for suites whose warehouse names it. */
    static void record(String name, Recording recording) {
        RECORDINGS.put(name, recording);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Warehouse open(WarehouseSpec spec) {
        String name = spec.settings().get(RECORDING);
        Recording recording = name == null ? null : RECORDINGS.get(name);
        if (recording == null) {
            throw new WarehouseException("no recording named " + name + " to replay");
        }
        return new Replay(name, recording);
    }

    /** The warehouse of one recording: no I/O, a map lookup per statement. */
    record Replay(String name, Recording recording) implements Warehouse {

        @Override
        public SqlDialect dialect() {
            return DuckDbDialect.INSTANCE;
        }

        @Override
        public QueryResult execute(Statement statement) {
            QueryResult result = recording.results().get(statement.sql());
            if (result == null) {
                throw new WarehouseException("recording " + name + " has no result for " + statement.label());
            }
            return result;
        }

        @Override
        public Optional<Map<String, String>> columns(TableName table) {
            return Optional.ofNullable(recording.columns().get(table));
        }

        @Override
        public String describe() {
            return "replay " + name;
        }

        @Override
        public void close() {
            // nothing to close: the recording stays for the next run
        }
    }
}
