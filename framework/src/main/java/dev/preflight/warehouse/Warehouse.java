package dev.preflight.warehouse;

import dev.preflight.model.TableName;
import dev.preflight.sql.SqlDialect;

import java.util.Map;
import java.util.Optional;

/**
 * A place that runs SQL. Implementations are opened per suite run and closed after it.
 */
public interface Warehouse extends AutoCloseable {

    SqlDialect dialect();

    /**
     * Runs one statement.
     *
     * @throws WarehouseException when the warehouse cannot answer
     */
    QueryResult execute(Statement statement);

    /**
     * {@return the table's columns and their types, or empty when the table does not exist}
     *
     * @throws WarehouseException when the warehouse cannot answer
     */
    Optional<Map<String, String>> columns(TableName table);

    /** {@return a description for people, without credentials, e.g. "duckdb /data/nba.duckdb"} */
    String describe();

    @Override
    void close();
}
