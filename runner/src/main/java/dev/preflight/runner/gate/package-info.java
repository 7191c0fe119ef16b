/**
 * The gate: {@link SuiteRunner} runs suites through the JUnit Platform Launcher with the Preflight engine (the same
 * path as Surefire, so a gate never disagrees with the tests), collects what each check published into a
 * {@link RunResult}, and turns it into the {@link ExitCode} that opens or closes a pipeline, with text and JSON
 * summaries.
 *
 * <p>Depends on the framework's engine, suite and check packages, the JUnit Platform Launcher, Jackson and,
 * optionally, Allure's listener; never on a warehouse implementation or on the command line above it.
 *
 * @see SuiteRunner
 * @see RunResult
 * @see ExitCode
 * @see JsonSummary
 */
package dev.preflight.runner.gate;
