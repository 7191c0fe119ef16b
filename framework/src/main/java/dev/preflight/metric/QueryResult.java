package dev.preflight.metric;


import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The rows a statement returned. Only aggregates ever come back: row data stays in the warehouse.
 *
 * @param columns column names
 * @param rows values in column order; {@code DATE} values are {@link java.time.LocalDate}, {@code TIMESTAMP} (without
 *        a time zone) {@link java.time.LocalDateTime}, {@code TIMESTAMP WITH TIME ZONE} an
 *        {@link java.time.OffsetDateTime} in UTC, integers {@link Long}, arrays a {@link List} of such values; never a
 *        {@code java.sql} or driver type
 * @param stats bytes read and billed, when the warehouse reports them; {@link QueryStats#NONE} otherwise
 */
@API(status = STABLE, since = "0.1")
public record QueryResult(List<String> columns, List<List<Object>> rows, QueryStats stats) {

    /** A result from a warehouse that reports no costs. */
    public QueryResult(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, QueryStats.NONE);
    }

    public QueryResult {
        stats = stats == null ? QueryStats.NONE : stats;
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
