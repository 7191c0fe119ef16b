/**
 * The parsed suite: {@link SuiteParser} turns a suite file into a {@link Suite} of {@link Dataset}s and their
 * {@link CheckDefinition}s, collecting every problem with its location, and reads no data.
 *
 * <p>Depends on the check SPI ({@code source}, {@code model}, {@code calendar}, {@code metric}, {@code yaml},
 * {@code check}) and nothing above it: no SQL, no warehouse, no engine.
 *
 * @see SuiteParser
 * @see Suite
 */
package dev.preflight.suite;
