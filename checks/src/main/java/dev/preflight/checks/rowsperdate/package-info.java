/**
 * The built-in check type {@code row_count_per_date}: rows on each expected date (each date with rows, without a
 * calendar) between bounds.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * builds on {@code dev.preflight.checks.rowcount}. It is registered in
 * {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see RowCountPerDateCheckType
 * @see RowCountPerDateSpec
 */
package dev.preflight.checks.rowsperdate;
