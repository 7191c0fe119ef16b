package dev.preflight.warehouse;

import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;

import dev.preflight.model.TableName;
import dev.preflight.sql.SqlDialect;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A place that runs SQL. Implementations are opened per suite run and closed after it.
 */
@API(status = STABLE, since = "0.1")
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

    /**
     * {@return the tables a misspelt {@code table} may have meant, each named with as many parts as {@code table},
     * for a "did you mean" hint: DuckDB lists every table and view of its database, BigQuery those of the same dataset;
     * empty when the warehouse cannot tell}
     *
     * @throws WarehouseException when the warehouse cannot answer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    default List<String> tablesNear(TableName table) {
        return List.of();
    }

    /**
     * Asks the warehouse what a statement would read, without running it (BigQuery's dry run), so a gate can show
     * the cost before it spends it.
     *
     * @return the bytes the statement would process, or empty when this warehouse cannot tell (DuckDB)
     * @throws WarehouseException when the warehouse cannot answer, e.g. the statement is invalid or access is denied
     */
    default OptionalLong dryRunBytes(Statement statement) {
        return OptionalLong.empty();
    }

    /**
     * Asks the warehouse whether it accepts a statement, at no cost: BigQuery dry-runs it (bills nothing); DuckDB,
     * local, simply runs it. The engine asks only after a statement failed, to find which check or condition of the
     * suite the warehouse rejects, so that the suite's mistake is reported where it is written.
     *
     * @return the warehouse's reason when it rejects the statement; empty when it accepts it or cannot tell
     */
    default Optional<String> rejection(Statement statement) {
        return Optional.empty();
    }

    /** {@return a description for people, without credentials, e.g. "duckdb /data/nba.duckdb"} */
    String describe();

    @Override
    void close();
}
