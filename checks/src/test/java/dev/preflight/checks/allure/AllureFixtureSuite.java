package dev.preflight.checks.allure;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * The fixture suite as Surefire runs suites, under the suite engine (whose unique ids are prefixed). Not a test
 * itself: the name does not end in Test, so Surefire leaves it to {@link AllureResultsTest}.
 */
@Suite
@IncludeEngines("preflight")
@SelectClasspathResource(FixtureWarehouse.SUITE)
public class AllureFixtureSuite {
}
