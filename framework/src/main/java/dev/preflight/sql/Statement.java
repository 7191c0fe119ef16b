package dev.preflight.sql;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One SQL statement sent to a warehouse, with what it is for.
 *
 * @param kind why it runs
 * @param label what it is about, e.g. the dataset id, for logs and reports
 * @param sql the text sent; each {@code ?} is a positional parameter
 * @param parameters the values bound to the {@code ?}s, in order ({@link java.time.LocalDate}, {@link String},
 *        {@link Long}); never concatenated into {@code sql}
 */
@API(status = STABLE, since = "0.1")
public record Statement(Kind kind, String label, String sql, List<Object> parameters) {

    /**
     * Why a statement runs. A dataset's metrics all come from one {@link #SCAN}; a dependency check adds one
     * {@link #DEPENDENCY} per upstream pair, a {@code sql} check one {@link #CUSTOM}, an opted-in failed-row sample
     * one {@link #SAMPLE}, and a schema check one {@link #METADATA}. A suite with a {@code history:} kept in its
     * warehouse reads and appends its metric history with {@link #HISTORY} statements, never about the data.
     * {@code preflight suggest} measures a table with one {@link #SCAN} and lists the values of its few-valued text
     * columns with one {@link #PROFILE}.
     */
    public enum Kind { SCAN, CALENDAR, METADATA, DEPENDENCY, CUSTOM, SAMPLE, HISTORY, PROFILE }

    public Statement {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(sql, "sql must not be null");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** A statement without parameters. */
    public Statement(Kind kind, String label, String sql) {
        this(kind, label, sql, List.of());
    }
}
