/**
 * The built-in check type {@code anomaly}: a per-date metric judged against a robust baseline of the previous expected
 * dates (rolling median and MAD, or mean and standard deviation), so a half-scraped date that coverage calls present,
 * or a NULL share that creeps up, fails the gate.
 *
 * <p>A check type on the check SPI alone and the JDK; every value comes from the dataset's one scan. It is registered
 * in {@code META-INF/services/dev.preflight.check.CheckType}.
 *
 * @see AnomalyCheckType
 * @see AnomalySpec
 */
package dev.preflight.checks.anomaly;
