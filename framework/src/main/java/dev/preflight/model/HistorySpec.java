package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A suite's {@code history:} section: where each run appends its per-date metrics, so that an anomaly check has a
 * baseline beyond its window. With only {@code table}, on a warehouse that can write (BigQuery), the table is in the
 * suite's warehouse; otherwise history is a local DuckDB file, {@code path}, or by default
 * {@value #DEFAULT_FILE} beside a DuckDB warehouse file (the working directory for other warehouses).
 *
 * @param path the local DuckDB file, or {@code null} for the default
 * @param table the table, or {@code null} for {@value #DEFAULT_TABLE}
 * @param location where the section is written
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record HistorySpec(String path, String table, SourceLocation location) {

    /** The local history file's name when the suite names none. */
    public static final String DEFAULT_FILE = "preflight-history.duckdb";
    /** The history table's name when the suite names none. */
    public static final String DEFAULT_TABLE = "preflight_metric_history";

    public Optional<String> pathSetting() {
        return Optional.ofNullable(path);
    }

    /** {@return the table the points go to} */
    public String tableName() {
        return table == null ? DEFAULT_TABLE : table;
    }

    /** {@return whether the history lives in the suite's own warehouse rather than a local file} */
    public boolean inWarehouse() {
        return path == null && table != null;
    }
}
