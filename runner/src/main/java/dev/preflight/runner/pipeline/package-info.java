/**
 * {@code preflight run}: {@link PipelineRun} wraps a pipeline job in a pre-flight and a post-flight gate, and can
 * backfill exactly the missing dates ({@link Backfill}) and gate again before the job starts.
 *
 * <p>Depends on {@code dev.preflight.runner.gate} and Jackson only: it sees gates, never the engine or a warehouse.
 *
 * @see PipelineRun
 * @see Backfill
 */
package dev.preflight.runner.pipeline;
