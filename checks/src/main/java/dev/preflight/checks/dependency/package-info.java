/**
 * The built-in check type {@code dependency}: every date (or date and key tuple) a dataset has, its upstream
 * datasets of the same suite have too.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see DependencyCheckType
 * @see DependencySpec
 */
package dev.preflight.checks.dependency;
