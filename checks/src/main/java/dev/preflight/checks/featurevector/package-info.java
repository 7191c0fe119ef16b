/**
 * The built-in check type {@code feature_vector}: every row of a feature-vector table holds a well-formed ARRAY
 * (length, names, no NaN or ±Inf, enough non-NULLs).
 *
 * <p>A check type on the check SPI alone ({@code dev.preflight.check} and the {@code source}, {@code model},
 * {@code calendar}, {@code metric} and {@code yaml} packages below it) and the JDK: no SQL, warehouse or engine. It
 * is registered in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see FeatureVectorCheckType
 * @see FeatureVectorSpec
 */
package dev.preflight.checks.featurevector;
