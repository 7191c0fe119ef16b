/**
 * The embedded DuckDB warehouse, {@code type: duckdb}: {@link DuckDbProvider} opens a database file read-only (a
 * gate never writes) or an in-memory database, and {@link DuckDbDialect} is DuckDB's SQL.
 *
 * <p>Depends on the warehouse SPI ({@code dev.preflight.warehouse}, {@code sql}, {@code metric}, {@code model},
 * {@code source}) and DuckDB's JDBC driver; the framework finds it through
 * {@code META-INF/services/dev.preflight.warehouse.WarehouseProvider} and never names it.
 *
 * @see DuckDbProvider
 * @see DuckDbWarehouse
 * @see DuckDbDialect
 */
package dev.preflight.duckdb;
