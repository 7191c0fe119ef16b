/**
 * The built-in check type {@code schema}: the table has the expected columns, optionally of the expected types and
 * nothing else, read from its metadata, never its rows.
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see SchemaCheckType
 * @see SchemaSpec
 */
package dev.preflight.checks.schema;
