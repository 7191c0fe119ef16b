/**
 * The built-in check type {@code null_rate}: NULLs in one column over the window, as a NULL percent at most or a
 * non-NULL percent at least.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see NullRateCheckType
 * @see NullRateSpec
 */
package dev.preflight.checks.nulls;
