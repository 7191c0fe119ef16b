/**
 * The {@code preflight} command line ({@link Main}, picocli): {@code gate}, {@code validate}, {@code plan},
 * {@code run}, {@code report}, {@code demo} and {@code bench}.
 *
 * <p>The top of the project: it may use every module (framework, checks, reports, demo and the warehouses), which is
 * why it also holds the architecture test that checks their rules.
 *
 * @see Main
 * @see GateCommand
 * @see SuiteOptions
 */
package dev.preflight.runner;
