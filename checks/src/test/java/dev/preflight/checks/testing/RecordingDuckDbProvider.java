package dev.preflight.checks.testing;

import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseProvider;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code type: recorded_duckdb}: the real DuckDB warehouse, observed by a {@link StatementLog} per database path, so a
 * test sees every statement the engine itself sent (text, order and bound parameters), not a count. Register it for a
 * run with {@link ContextServices} and {@code preflight.warehouse.type=recorded_duckdb}.
 */
public final class RecordingDuckDbProvider implements WarehouseProvider {

    public static final String TYPE = "recorded_duckdb";

    private static final Map<String, StatementLog> LOGS = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Warehouse open(WarehouseSpec spec) {
        String path = spec.settings().get("path");
        return LOGS.computeIfAbsent(path, p -> new StatementLog()).observe(DuckDbWarehouse.open(path));
    }

    /** {@return what was sent to the database at {@code path} since the last call, and forgets it} */
    public static List<StatementLog.Entry> take(String path) {
        StatementLog log = LOGS.remove(path);
        return log == null ? List.of() : log.entries();
    }
}
