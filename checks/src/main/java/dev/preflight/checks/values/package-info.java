/**
 * The built-in check type {@code values}: the non-NULL values of one column lie in a range or an accepted set, for
 * at least a share of the rows.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see ValuesCheckType
 * @see ValuesSpec
 */
package dev.preflight.checks.values;
