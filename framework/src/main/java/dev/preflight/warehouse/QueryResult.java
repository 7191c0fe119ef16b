package dev.preflight.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows a statement returned. Only aggregates ever come back: row data stays in the warehouse.
 *
 * @param columns column names
 * @param rows values in column order; {@code DATE} values are {@link java.time.LocalDate}, integers {@link Long}
 */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
