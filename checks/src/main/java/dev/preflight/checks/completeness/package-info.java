/**
 * The built-in check type {@code completeness}: each feature column's non-NULL share of the (filtered) rows reaches
 * its minimum; a critical column fails the check, another only degrades it.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see CompletenessCheckType
 * @see CompletenessSpec
 */
package dev.preflight.checks.completeness;
