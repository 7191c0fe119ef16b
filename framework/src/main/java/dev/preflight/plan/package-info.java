/**
 * Everything a run will ask of the warehouse, decided before anything runs: one fused scan per dataset
 * ({@link ScanPlanner}), the calendar, dependency, custom-query and sample statements, gathered per dataset in a
 * {@link DatasetPlan} and per suite in a {@link SuitePlan}, which serves both the engine and dry runs.
 *
 * <p>Depends on the suite model, the SQL dialect and the warehouse SPI and everything below them; never on
 * {@code dev.preflight.execution} or the engine.
 *
 * @see DatasetPlan
 * @see SuitePlan
 * @see ScanPlanner
 */
package dev.preflight.plan;
