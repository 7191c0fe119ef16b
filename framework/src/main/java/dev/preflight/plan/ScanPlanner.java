package dev.preflight.plan;

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
        StringBuilder inner = new StringBuilder("SELECT ").append(dialect.quote(dataset.dateColumn())).append(" AS ").append(DATE);
        for (String column : projected) {
            inner.append(", ").append(dialect.quote(column));
        }
        for (String ranking : rankings) {
            inner.append(", ").append(ranking);
        }
        inner.append(" FROM ").append(dialect.table(dataset.table()))
                .append(" WHERE ").append(dialect.quote(dataset.dateColumn()))
                .append(" BETWEEN ").append(dialect.date(window.start())).append(" AND ").append(dialect.date(window.end()));
        dataset.rowFilter().ifPresent(filter -> inner.append(" AND (").append(filter).append(')'));

        String sql = "SELECT " + DATE + ", " + String.join(", ", counts)
                + " FROM (" + inner + ") AS pf_rows GROUP BY " + DATE + " ORDER BY " + DATE;
        return new Scan(dataset.id(), window, metrics, new Statement(Statement.Kind.SCAN, dataset.id(), sql));
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
            rankings.add("ROW_NUMBER() OVER (PARTITION BY " + keys + " ORDER BY " + dialect.quote(dataset.dateColumn()) + ") AS " + rank);
            String notNull = duplicates.keys().stream().map(k -> dialect.quote(k) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            return dialect.countIf(rank + " > 1 AND " + notNull);
        }
        throw new IllegalArgumentException("no SQL for metric " + metric);
    }
}
