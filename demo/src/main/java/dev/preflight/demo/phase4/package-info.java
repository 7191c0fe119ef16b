/**
 * The demo's Phase 4: small processors that compute the precompute tables and the ML feature store
 * from the Phase 3 tables of the demo warehouse with SQL, for a window of dates, the way the
 * production processors of the seed's night did. {@link dev.preflight.demo.phase4.Phase4Jobs#run}
 * runs one; {@code preflight demo-job NAME} calls it.
 *
 * <p>Bootstrap dates are skipped and a date an input lacks gets no rows, so a gap upstream becomes
 * the same gap downstream for the post-flight gate to see. A run deletes its window's rows first,
 * so running a window again gives the same table.
 *
 * @see dev.preflight.demo.phase4.Phase4Processor
 */
package dev.preflight.demo.phase4;
