/**
 * {@code preflight run} and {@code preflight backfill}: pipeline files (jobs in a DAG behind gates) and gap-driven
 * backfills.
 *
 * <p>A file is read by {@link PipelineParser} into a {@link Pipeline} of {@link JobSpec}s and {@link GateSpec}s whose
 * {@link Dag} has no cycle; {@link PipelineRunner} schedules the jobs ({@link JobProcess}, {@link ProcessTree}), runs
 * each gate in this process ({@link GateRunner}, through the gate package's {@code SuiteRunner}) and keeps the
 * {@link RunRecord}. {@link SingleJobRun} is the single-job form ({@code run --suite … -- JOB}); {@link GapBackfill}
 * fills a table's gaps as {@link Backfill} and {@link TableCoverage} compute them, the ranges {@code preflight plan}
 * prints. {@link AirflowDag} writes a pipeline as an Airflow DAG.
 *
 * <p>Depends on {@code dev.preflight.runner.gate}, the result model, the source and YAML reading of the framework,
 * and Jackson: it sees gates and suite results, never the engine or a warehouse. The framework knows nothing of
 * pipelines.
 */
package dev.preflight.runner.pipeline;
