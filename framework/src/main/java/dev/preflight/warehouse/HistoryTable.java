package dev.preflight.warehouse;

import dev.preflight.model.TableName;
import dev.preflight.sql.SqlDialect;

import org.apiguardian.api.API;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The metric history's table, the same in every warehouse: its columns, and the three statements a
 * {@link MetricHistory} sends, rendered by the warehouse's dialect with every value a bound parameter. The run time is
 * an ISO-8601 instant in UTC ({@code 2026-01-03T06:15:00Z}), a text that sorts as time does in any warehouse.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class HistoryTable {

    /** The columns, in order: suite, dataset, check_id, metric, metric_date, value, run_id, run_time. */
    public static final List<String> COLUMNS = List.of("suite", "dataset", "check_id", "metric", "metric_date", "value", "run_id", "run_time");

    private HistoryTable() {
    }

    /**
     * {@return CREATE TABLE IF NOT EXISTS with the dialect's type names}
     *
     * @param text e.g. {@code VARCHAR} or {@code STRING}
     * @param number e.g. {@code DOUBLE} or {@code FLOAT64}
     */
    public static String create(SqlDialect dialect, TableName table, String text, String number) {
        List<String> types = List.of(text, text, text, text, "DATE", number, text, text);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            columns.add(dialect.quote(COLUMNS.get(i)) + " " + types.get(i));
        }
        return "CREATE TABLE IF NOT EXISTS " + dialect.table(table) + " (" + String.join(", ", columns) + ")";
    }

    /** {@return one INSERT of {@code rows} rows of parameters} */
    public static String insert(SqlDialect dialect, TableName table, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(COLUMNS.size(), dialect.parameter())) + ")";
        return "INSERT INTO " + dialect.table(table) + " (" + COLUMNS.stream().map(dialect::quote).collect(Collectors.joining(", "))
                + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    /**
     * {@return the points in consecutive slices of at most {@code size}, one {@link #insert} each}: a warehouse caps the
     * parameters of one statement, so a long history is appended in batches.
     */
    public static List<List<MetricHistory.Point>> batches(List<MetricHistory.Point> points, int size) {
        List<List<MetricHistory.Point>> batches = new ArrayList<>();
        for (int from = 0; from < points.size(); from += size) {
            batches.add(points.subList(from, Math.min(points.size(), from + size)));
        }
        return batches;
    }

    /** {@return the values of the points, in {@link #insert}'s order} */
    public static List<Object> parameters(List<MetricHistory.Point> points) {
        List<Object> values = new ArrayList<>();
        for (MetricHistory.Point p : points) {
            values.addAll(List.of(p.suite(), p.dataset(), p.check(), p.metric(), p.date(), p.value(), p.runId(), p.runTime().toString()));
        }
        return values;
    }

    /** {@return the SELECT of one suite's dataset, by date then run time; its two parameters are the suite and the dataset} */
    public static String select(SqlDialect dialect, TableName table) {
        return "SELECT " + COLUMNS.stream().map(dialect::quote).collect(Collectors.joining(", ")) + " FROM " + dialect.table(table)
                + " WHERE " + dialect.quote("suite") + " = " + dialect.parameter() + " AND " + dialect.quote("dataset") + " = " + dialect.parameter()
                + " ORDER BY " + dialect.quote("metric_date") + ", " + dialect.quote("run_time");
    }

    /** {@return a row of {@link #select} as a point} */
    public static MetricHistory.Point point(List<Object> row) {
        Object date = row.get(4);
        return new MetricHistory.Point((String) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                date instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(date)), ((Number) row.get(5)).doubleValue(),
                (String) row.get(6), Instant.parse((String) row.get(7)));
    }
}
