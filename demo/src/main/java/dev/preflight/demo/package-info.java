/**
 * The demo warehouse: a deterministic DuckDB copy of the production NBA pipeline's schedule and
 * Phase 3 analytics tables as they stood on 2026-01-05, when the Phase 4 pre-flight check found
 * three of five tables incomplete.
 *
 * <p>{@link dev.preflight.demo.DemoWarehouse#generate} builds it: the real 2024-25 schedule
 * and real game dates of the other seasons (classpath resources), generated matchups, rosters and
 * box scores, then planted faults (date gaps, usage-rate nulls, duplicate lines). The {@link
 * dev.preflight.demo.GroundTruth} it returns is measured with SQL on the written file, so a
 * gate's output can be compared with it.
 *
 * <p>The night after it: {@link dev.preflight.demo.Phase3Backfill} restores a Phase 3 table's rows
 * for a range (the backfill job), {@code dev.preflight.demo.phase4} computes Phase 4 from Phase 3,
 * and {@link dev.preflight.demo.Phase4GroundTruth} says in plain Java what Phase 4 must hold after
 * the night under each {@link dev.preflight.demo.NightOption}.
 */
package dev.preflight.demo;
