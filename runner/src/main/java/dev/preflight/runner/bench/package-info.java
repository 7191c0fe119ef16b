/**
 * {@code preflight bench}'s parts: a deterministic {@code player_game_summary} Parquet file at any size
 * ({@link BenchData}), the suites that check it ({@link BenchSuites}), the hand-written statement that is the floor
 * ({@link HandWritten}, also a small process of its own), child processes measured for wall time and peak memory
 * ({@link ProcessProbe}), and the report: a Markdown table and an SVG chart ({@link BenchReport}).
 *
 * <p>Uses the framework and the DuckDB warehouse; never the command line above it.
 */
package dev.preflight.runner.bench;
