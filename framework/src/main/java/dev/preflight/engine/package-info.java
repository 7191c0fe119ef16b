/**
 * The JUnit Platform {@link PreflightTestEngine}: suite files become containers, datasets containers and checks
 * tests, so Surefire, IDEs and the console launcher run suites like any other tests, and each check publishes its
 * result as report entries that gates and reports read.
 *
 * <p>The top layer of the framework: it may use every framework package, the JUnit Platform engine API and Jackson,
 * and names no warehouse implementation; its configuration keys are in {@link Constants}.
 *
 * @see PreflightTestEngine
 * @see Constants
 */
package dev.preflight.engine;
