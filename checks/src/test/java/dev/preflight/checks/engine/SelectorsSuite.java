package dev.preflight.checks.engine;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The selector suites under the suite engine, for tests that need the ids it prefixes. Surefire does not run it
 * (the name does not end in Test); {@link UniqueIdTest} runs it through the suite engine.
 */
@Suite
@IncludeEngines("preflight")
@SelectPackages("preflight.testsuites.selectors")
public class SelectorsSuite {
}
