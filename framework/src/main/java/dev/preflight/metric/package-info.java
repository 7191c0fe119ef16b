/**
 * What a check asks the warehouse to count, as values: {@link Metric}s computed per date in a dataset's one scan,
 * row {@link Predicate}s, dependency comparisons and authors' own queries, and what comes back
 * ({@link DatasetMetrics}, {@link QueryResult}). Nothing here knows SQL; each warehouse's dialect renders these.
 *
 * <p>Depends on {@code dev.preflight.source}, {@code dev.preflight.model} and {@code dev.preflight.calendar} at
 * most, and the JDK.
 *
 * @see Metric
 * @see Predicate
 * @see DatasetMetrics
 */
package dev.preflight.metric;
