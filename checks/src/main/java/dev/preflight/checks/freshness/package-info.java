/**
 * The built-in check type {@code freshness}: the latest date with rows is at most so many days before the window's
 * end or the day of the run.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see FreshnessCheckType
 * @see FreshnessSpec
 */
package dev.preflight.checks.freshness;
