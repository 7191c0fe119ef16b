/**
 * {@code preflight suggest}'s parts: a table measured in one scan planned as a gate's ({@link Profiler}, Deequ's
 * analyzers), and the suite of built-in checks that holds it to what it is today ({@link SuggestedSuite}, Deequ's
 * constraint suggestion rules).
 *
 * <p>Uses the framework and a warehouse from its SPI; never the command line above it.
 */
package dev.preflight.runner.suggest;
