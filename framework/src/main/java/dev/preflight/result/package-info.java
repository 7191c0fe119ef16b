/**
 * The one result model: a check's {@link Outcome}, the result document each check publishes as the
 * {@code preflight.result} report entry ({@link CheckOutcome}), the dataset and suite results built from them, and
 * the gate's JSON result ({@link GateResult}), all read and written through {@link ResultJson}. The engine writes
 * these documents; the gate and the reports read them; nobody else spells an outcome as text.
 *
 * <p>Depends on no other Preflight package (Jackson only), so the runner and the reports can read results without
 * the engine.
 *
 * @see Outcome
 * @see CheckOutcome
 * @see GateResult
 */
package dev.preflight.result;
