/**
 * The built-in check type {@code coverage}: the share of expected calendar dates on which the dataset has its rows.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see CoverageCheckType
 * @see CoverageSpec
 */
package dev.preflight.checks.coverage;
