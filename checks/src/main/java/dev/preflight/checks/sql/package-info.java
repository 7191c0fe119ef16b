/**
 * The built-in check type {@code sql}: the author's own query, a metric judged against bounds or failing rows
 * counted by the engine, with its parameters bound.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see SqlCheckType
 * @see SqlSpec
 */
package dev.preflight.checks.sql;
