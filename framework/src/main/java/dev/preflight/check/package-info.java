/**
 * The check SPI: a {@link CheckType}, found with {@link java.util.ServiceLoader}, parses its YAML arguments into a
 * {@link CheckSpec}, which declares the metrics it needs and judges them in a {@link CheckContext} to a
 * {@link CheckResult}. Check types never see SQL, the warehouse or the engine.
 *
 * <p>This package and the ones below it ({@code source}, {@code model}, {@code calendar}, {@code metric},
 * {@code yaml}) are all a check type may use; it depends on nothing above them.
 *
 * @see CheckType
 * @see CheckSpec
 * @see CheckContext
 * @see CheckResult
 */
package dev.preflight.check;
