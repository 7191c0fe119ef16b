package dev.preflight.sql;

import dev.preflight.model.TableName;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The few things that differ between warehouses' SQL: quoting, literals and conditional counts.
 * Every identifier from a suite reaches SQL through {@link #quote} or {@link #table}.
 */
public interface SqlDialect {

    /** {@return the dialect's name, e.g. {@code duckdb}} */
    String name();

    /** {@return the identifier quoted so that it can never end the quoting} */
    String quote(String identifier);

    /** {@return the table, each part quoted} */
    default String table(TableName table) {
        return table.parts().stream().map(this::quote).collect(Collectors.joining("."));
    }

    /** {@return a DATE literal} */
    default String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** {@return an exact count of the rows where {@code predicate} holds} */
    String countIf(String predicate);
}
