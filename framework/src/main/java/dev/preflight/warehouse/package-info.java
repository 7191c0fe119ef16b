/**
 * The warehouse SPI: a {@link WarehouseProvider}, found with {@link java.util.ServiceLoader} by its type
 * ({@code duckdb}, {@code bigquery}), opens a {@link Warehouse} that runs {@link dev.preflight.sql.Statement}s in
 * its {@link dev.preflight.sql.SqlDialect}; {@link WarehouseException} is a warehouse that could not answer (exit
 * code 3).
 *
 * <p>Depends on {@code source}, {@code model}, {@code metric} and {@code sql} only, so a warehouse author needs no
 * other framework package. Implementations live in their own modules ({@code dev.preflight.duckdb},
 * {@code dev.preflight.bigquery}), which the framework never names.
 *
 * @see WarehouseProvider
 * @see Warehouse
 * @see WarehouseException
 */
package dev.preflight.warehouse;
