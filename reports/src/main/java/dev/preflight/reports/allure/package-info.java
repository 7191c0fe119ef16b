/**
 * Allure output for every entry point: {@link AllureListener}, a JUnit Platform {@code TestExecutionListener}
 * registered in {@code META-INF/services} as allure-junit-platform registers its own, turns the engine's report
 * entries (the result document, {@code preflight.report}, {@code preflight.per_date}) into labels, history ids,
 * attachments, status messages, the environment and the categories of the test cases that allure-junit-platform
 * records. Surefire, the ConsoleLauncher, IDEs and the gate therefore write the same results, and the engine knows
 * no report format.
 *
 * <p>Depends on the framework's {@code result} model and engine constants, JUnit's Launcher API and Allure's Java API;
 * never on a warehouse.
 *
 * @see AllureListener
 */
package dev.preflight.reports.allure;
