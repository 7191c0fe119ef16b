package dev.preflight.plan;

import dev.preflight.metric.Dependency;
import dev.preflight.metric.DependencyGaps;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.SqlDialect;
import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.WarehouseException;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one statement that compares a dataset with an upstream over the window: the distinct dates (or date and key
 * tuples) of each side, joined full outer, and only the mismatches counted per date. Both sides keep their own date
 * column, row filter and the window predicate, so partitioned warehouses read only the window.
 */
@API(status = INTERNAL, since = "0.1")
public final class DependencyPlanner {

    private DependencyPlanner() {
    }

    public static Statement plan(Dataset dataset, Dataset upstream, Dependency dependency, DateWindow window, SqlDialect dialect) {
        String downstream = side(dataset, dependency.keys(), window, dialect);
        String inputs = side(upstream, dependency.upstreamKeys(), window, dialect);
        StringBuilder on = new StringBuilder("d.pf_date = u.pf_date");
        for (int i = 0; i < dependency.keys().size(); i++) {
            on.append(" AND d.pf_k").append(i).append(" = u.pf_k").append(i);
        }
        String sql = "SELECT COALESCE(d.pf_date, u.pf_date) AS pf_date, "
                + dialect.countIf("u.pf_seen IS NULL") + " AS pf_missing_upstream, "
                + dialect.countIf("d.pf_seen IS NULL") + " AS pf_unprocessed"
                + " FROM (" + downstream + ") AS d FULL OUTER JOIN (" + inputs + ") AS u ON " + on
                + " WHERE d.pf_seen IS NULL OR u.pf_seen IS NULL GROUP BY 1 ORDER BY 1";
        return new Statement(Statement.Kind.DEPENDENCY, dataset.id() + " <- " + upstream.id(), sql);
    }

    /** Distinct dates (and keys) of one side; rows with a NULL key cannot be matched and are left out. */
    private static String side(Dataset dataset, List<String> keys, DateWindow window, SqlDialect dialect) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT ").append(dialect.quote(dataset.dateColumn())).append(" AS pf_date");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", ").append(dialect.quote(keys.get(i))).append(" AS pf_k").append(i);
        }
        sql.append(", 1 AS pf_seen FROM ").append(dialect.table(dataset.table())).append(ScanPlanner.where(dataset, window, dialect));
        for (String key : keys) {
            sql.append(" AND ").append(dialect.quote(key)).append(" IS NOT NULL");
        }
        return sql.toString();
    }

    /** Reads the statement's rows into gaps per date. */
    public static DependencyGaps read(QueryResult result, String label) {
        TreeMap<LocalDate, Long> missing = new TreeMap<>();
        TreeMap<LocalDate, Long> unprocessed = new TreeMap<>();
        for (List<Object> row : result.rows()) {
            if (!(row.get(0) instanceof LocalDate date)) {
                throw new WarehouseException("dependency " + label + " returned a date of type "
                        + (row.get(0) == null ? "NULL" : row.get(0).getClass().getSimpleName()) + "; both date columns must be DATEs");
            }
            long lacking = ((Number) row.get(1)).longValue();
            long waiting = ((Number) row.get(2)).longValue();
            if (lacking > 0) {
                missing.put(date, lacking);
            }
            if (waiting > 0) {
                unprocessed.put(date, waiting);
            }
        }
        return new DependencyGaps(missing, unprocessed);
    }
}
