package dev.preflight.checks.example;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

import java.nio.file.Path;

@Suite
@IncludeEngines("preflight")
@SelectClasspathResource("preflight/examples/nba_example.yaml")
@ConfigurationParameter(key = "preflight.warehouse.path", value = "target/nba_example.duckdb")
public class NbaExampleSuiteTest {

    @BeforeSuite
    static void createWarehouse() throws Exception {
        ExampleWarehouse.create(Path.of("target/nba_example.duckdb")); // our test data; your warehouse already exists
    }
}
