package dev.preflight.warehouse;

import java.util.Objects;

/**
 * One SQL statement sent to a warehouse, with what it is for.
 *
 * @param kind why it runs
 * @param label what it is about, e.g. the dataset id, for logs and reports
 * @param sql the text sent
 */
public record Statement(Kind kind, String label, String sql) {

    /** Why a statement runs; a dataset's metrics all come from one {@link #SCAN}. */
    public enum Kind { SCAN, CALENDAR, METADATA }

    public Statement {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(sql, "sql must not be null");
    }
}
