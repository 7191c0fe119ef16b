package dev.preflight.plan;

import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.SqlDialect;
import dev.preflight.warehouse.Statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuses the metrics that a dataset's checks need into one statement (Deequ's scan-shareable analyzers, Soda's
 * metric resolver): equal metrics are computed once, every count is grouped by the date column, and the window is
 * a predicate on that column so partitioned warehouses read only the window's partitions.
 *
 * <p>Duplicates are counted with {@code ROW_NUMBER()} over the key in a subquery of the same statement, so the
 * duplicate count is a per-date count that sums over any sub-window like the others.
 */
public final class ScanPlanner {

    private static final String DATE = "pf_date";

    private ScanPlanner() {
    }

    public static Scan plan(Dataset dataset, DateWindow window, List<Metric> requested, SqlDialect dialect) {
        Set<Metric> distinct = new LinkedHashSet<>();
        distinct.add(Metric.rowCount());
        distinct.addAll(requested);
        List<Metric> metrics = List.copyOf(distinct);

        Set<String> projected = new LinkedHashSet<>();
        List<String> rankings = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            projected.addAll(metric.columns());
            counts.add(count(metric, i, dataset, rankings, dialect) + " AS m" + i);
        }
        StringBuilder inner = new StringBuilder("SELECT ").append(dateExpression(dataset, dialect)).append(" AS ").append(DATE);
        for (String column : projected) {
            inner.append(", ").append(dialect.quote(column));
        }
        for (String ranking : rankings) {
            inner.append(", ").append(ranking);
        }
        inner.append(" FROM ").append(dialect.table(dataset.table())).append(where(dataset, window, dialect));

        String sql = "SELECT " + DATE + ", " + String.join(", ", counts)
                + " FROM (" + inner + ") AS pf_rows GROUP BY " + DATE + " ORDER BY " + DATE;
        return new Scan(dataset.id(), window, metrics, new Statement(Statement.Kind.SCAN, dataset.id(), sql));
    }

    /** {@return the dataset's date column, or for a dataset without one the constant {@link DatasetMetrics#UNDATED}} */
    static String dateExpression(Dataset dataset, SqlDialect dialect) {
        return dataset.isDated() ? dialect.quote(dataset.dateColumn()) : dialect.date(DatasetMetrics.UNDATED);
    }

    /**
     * {@return " WHERE …" limiting rows to the window and the dataset's row filter, or "" for an undated dataset
     * without a filter}: the window is a predicate on the date column, so partitioned warehouses prune.
     */
    static String where(Dataset dataset, DateWindow window, SqlDialect dialect) {
        List<String> conditions = new ArrayList<>();
        if (dataset.isDated()) {
            conditions.add(dialect.quote(dataset.dateColumn()) + " BETWEEN " + dialect.date(window.start()) + " AND " + dialect.date(window.end()));
        }
        dataset.rowFilter().ifPresent(filter -> conditions.add("(" + filter + ")"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String count(Metric metric, int index, Dataset dataset, List<String> rankings, SqlDialect dialect) {
        if (metric instanceof Metric.RowCount) {
            return "COUNT(*)";
        }
        if (metric instanceof Metric.NullCount nulls) {
            return dialect.countIf(dialect.quote(nulls.column()) + " IS NULL");
        }
        if (metric instanceof Metric.DuplicateRows duplicates) {
            String rank = "pf_rn" + index;
            String keys = duplicates.keys().stream().map(dialect::quote).collect(Collectors.joining(", "));
            // Ordering by date makes the earliest row the original, so later dates carry the duplicates.
            rankings.add("ROW_NUMBER() OVER (PARTITION BY " + keys + (dataset.isDated() ? " ORDER BY " + dialect.quote(dataset.dateColumn()) : "")
                    + ") AS " + rank);
            String notNull = duplicates.keys().stream().map(k -> dialect.quote(k) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            return dialect.countIf(rank + " > 1 AND " + notNull);
        }
        if (metric instanceof Metric.RepeatedKeyRows repeated) {
            String rows = "pf_kn" + index;
            String keys = repeated.keys().stream().map(dialect::quote).collect(Collectors.joining(", "));
            rankings.add("COUNT(*) OVER (PARTITION BY " + keys + ") AS " + rows);
            String notNull = repeated.keys().stream().map(k -> dialect.quote(k) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            return dialect.countIf(rows + " > 1 AND " + notNull);
        }
        if (metric instanceof Metric.CountIf countIf) {
            if (Predicates.hasAuthorSql(countIf.predicate())) {
                // An author's condition may name any column; evaluate it where every column is in scope.
                String flag = "pf_p" + index;
                rankings.add("(" + Predicates.render(countIf.predicate(), dialect) + ") AS " + flag);
                return dialect.countIf(flag);
            }
            return dialect.countIf(Predicates.render(countIf.predicate(), dialect));
        }
        throw new IllegalArgumentException("no SQL for metric " + metric);
    }
}
