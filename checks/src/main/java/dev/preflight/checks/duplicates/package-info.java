/**
 * The built-in check type {@code duplicates}: rows that repeat a key over the window, as a count or as the share of
 * rows whose key is unique.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see DuplicatesCheckType
 * @see DuplicatesSpec
 */
package dev.preflight.checks.duplicates;
