/**
 * JMH benchmarks of the engine's own work per check, without the warehouse: reading a suite, planning its scan,
 * judging checks on computed metrics, and a dataset's whole run against a replayed warehouse
 * ({@link EngineBenchmark}); {@link PerCheck} prints the scores per check. docs/performance.md has the command and
 * the measured table.
 */
package dev.preflight.benchmarks;
