/**
 * The built-in check type {@code row_count}: rows in the window between optional bounds.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see RowCountCheckType
 * @see RowCountSpec
 */
package dev.preflight.checks.rowcount;
