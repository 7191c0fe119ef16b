/**
 * The run of a suite outside any test framework: a {@link SuiteRun} opens its warehouse and loads the calendar once,
 * a {@link DatasetRun} sends a dataset's planned statements and judges its checks, and {@link CostEstimate} dry-runs
 * what a run would send.
 *
 * <p>Depends on {@code dev.preflight.plan} and every package below it, reaching a warehouse only through the
 * {@link dev.preflight.warehouse.Warehouse} SPI; never on the engine, the JUnit Platform or a warehouse
 * implementation.
 *
 * @see SuiteRun
 * @see DatasetRun
 * @see CostEstimate
 */
package dev.preflight.execution;
