package dev.preflight.checks.nba;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

import java.nio.file.Path;

/**
 * The production suite {@code preflight/nba/phase3_for_phase4.yaml} run by Surefire through the suite engine, as a
 * pipeline's build would run it. The warehouse is built before the checks run (discovery reads only YAML) and has
 * gaps in the two warn-severity context tables only, so the build stays green with two warnings; the failing case,
 * with the real plan's team_defense gap, is {@link Phase3ForPhase4GapsTest}.
 */
@Suite
@SuiteDisplayName("Phase 3 for Phase 4 pre-flight")
@IncludeEngines("preflight")
@SelectClasspathResource("preflight/nba/phase3_for_phase4.yaml")
@ConfigurationParameter(key = "preflight.warehouse.path", value = Phase3ForPhase4Test.WAREHOUSE)
@ConfigurationParameter(key = "preflight.param.start_date", value = NbaWarehouse.START)
@ConfigurationParameter(key = "preflight.param.end_date", value = NbaWarehouse.END)
public class Phase3ForPhase4Test {

    /** Relative to the module, where Surefire runs. */
    static final String WAREHOUSE = "target/nba-fixture.duckdb";

    @BeforeSuite
    static void buildWarehouse() {
        NbaWarehouse.write(Path.of(WAREHOUSE), NbaWarehouse.CONTEXT_GAPS);
    }
}
