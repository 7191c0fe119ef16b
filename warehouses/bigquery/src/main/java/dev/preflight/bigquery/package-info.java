/**
 * BigQuery, {@code type: bigquery}, through Google's client library: {@link BigQueryProvider} checks the settings
 * ({@link BigQuerySettings}) and opens a {@link BigQueryWarehouse}, which runs each statement as a cancellable query
 * job under a byte cap, retries transient failures and keeps credentials out of every message.
 *
 * <p>Depends on the warehouse SPI ({@code dev.preflight.warehouse}, {@code sql}, {@code metric}, {@code model},
 * {@code source}) and Google's BigQuery and auth libraries; the framework finds it through
 * {@code META-INF/services/dev.preflight.warehouse.WarehouseProvider} and never names it. See
 * {@code docs/bigquery.md}.
 *
 * @see BigQueryProvider
 * @see BigQuerySettings
 * @see BigQueryWarehouse
 */
package dev.preflight.bigquery;
