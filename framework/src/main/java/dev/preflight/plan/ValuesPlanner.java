package dev.preflight.plan;

import dev.preflight.model.DateWindow;
import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;
import dev.preflight.suite.Dataset;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one statement that lists the values of columns that hold few: for each column with at most {@code limit}
 * distinct non-NULL values in the window and the dataset's row filter, each value and its rows, most rows first.
 * Columns are numbered in the result ({@code pf_column}: 0, 1, …), so no name is ever written as a literal.
 */
@API(status = INTERNAL, since = "0.1")
public final class ValuesPlanner {

    private ValuesPlanner() {
    }

    /**
     * @param columns columns of one type, so that their values stack into one column ({@code pf_value})
     * @return result columns {@code pf_column} (the index in {@code columns}), {@code pf_value}, {@code pf_rows}
     */
    public static Statement plan(Dataset dataset, DateWindow window, List<String> columns, int limit, SqlDialect dialect) {
        if (columns.isEmpty() || limit < 1) {
            throw new IllegalArgumentException("a values statement needs a column and a limit of at least 1");
        }
        String from = " FROM " + dialect.table(dataset.table()) + ScanPlanner.where(dataset, window, dialect);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add("SELECT " + i + " AS pf_column, " + dialect.quote(columns.get(i)) + " AS pf_value" + from);
        }
        String sql = "SELECT pf_column, pf_value, pf_rows FROM (SELECT pf_column, pf_value, COUNT(*) AS pf_rows,"
                + " COUNT(*) OVER (PARTITION BY pf_column) AS pf_values FROM (" + String.join(" UNION ALL ", cells) + ") AS pf_cells"
                + " WHERE pf_value IS NOT NULL GROUP BY pf_column, pf_value) AS pf_counts WHERE pf_values <= " + limit
                + " ORDER BY pf_column, pf_rows DESC, pf_value";
        return new Statement(Statement.Kind.PROFILE, dataset.id(), sql);
    }
}
