package dev.preflight.bigquery;

import dev.preflight.model.TableName;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.HistoryTable;
import dev.preflight.warehouse.MetricHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The metric history in a BigQuery table of the suite's project, written with the suite's own client and settings
 * (credentials, location, {@code maximum_bytes_billed}). The table is created on the first append; a read before it
 * exists finds nothing. A retried INSERT may append a point twice: readers take the latest run's value per date.
 */
final class BigQueryHistory implements MetricHistory {

    /** Points per INSERT: one statement stays far below BigQuery's query-parameter and size limits. */
    private static final int BATCH = 1_000;

    private final Supplier<BigQueryWarehouse> opener;
    private final TableName table;
    private BigQueryWarehouse warehouse;
    private boolean created;

    BigQueryHistory(Supplier<BigQueryWarehouse> opener, TableName table) {
        this.opener = opener;
        this.table = table;
    }

    @Override
    public synchronized void append(List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        BigQueryWarehouse bigquery = warehouse();
        if (!created) {
            bigquery.history(statement(HistoryTable.create(bigquery.dialect(), table, "STRING", "FLOAT64"), List.of()));
            created = true;
        }
        for (List<Point> batch : HistoryTable.batches(points, BATCH)) {
            bigquery.history(statement(HistoryTable.insert(bigquery.dialect(), table, batch.size()), HistoryTable.parameters(batch)));
        }
    }

    @Override
    public synchronized List<Point> read(String suite, String dataset) {
        BigQueryWarehouse bigquery = warehouse();
        if (bigquery.columns(table).isEmpty()) {
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (List<Object> row : bigquery.history(statement(HistoryTable.select(bigquery.dialect(), table), List.of(suite, dataset))).rows()) {
            points.add(HistoryTable.point(row));
        }
        return points;
    }

    @Override
    public String describe() {
        return "BigQuery table " + table;
    }

    @Override
    public synchronized void close() {
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }

    private BigQueryWarehouse warehouse() {
        if (warehouse == null) {
            warehouse = opener.get();
        }
        return warehouse;
    }

    private Statement statement(String sql, List<Object> parameters) {
        return new Statement(Statement.Kind.HISTORY, "history " + table, sql, parameters);
    }
}
