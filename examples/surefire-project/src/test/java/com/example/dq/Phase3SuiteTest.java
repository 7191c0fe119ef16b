package com.example.dq;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs {@code suites/phase3.yaml} as JUnit tests: one test per check, named {@code DATASET › ID: expectation}.
 * Surefire picks the class up by its {@code *Test} name; {@code mvn test} fails when a check fails.
 */
@Suite
@IncludeEngines("preflight")
@SelectClasspathResource("suites/phase3.yaml")
@ConfigurationParameter(key = "preflight.warehouse.path", value = Phase3SuiteTest.WAREHOUSE)
public class Phase3SuiteTest {

    static final String WAREHOUSE = "target/nba.duckdb";

    /**
     * Your warehouse already exists; this example builds a small one so that it runs anywhere: 100 scheduled game
     * dates, box scores on 97 of them (97% coverage), and no points for one player in ten (a 10% NULL rate).
     */
    @BeforeSuite
    static void createWarehouse() throws Exception {
        Files.deleteIfExists(Path.of(WAREHOUSE));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + WAREHOUSE);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA nba_raw");
            statement.execute("CREATE SCHEMA nba_analytics");
            statement.execute("""
                    CREATE TABLE nba_raw.nbac_schedule AS
                    SELECT DATE '2024-10-22' + CAST(day AS INTEGER) AS game_date, 'game_' || day AS game_id
                    FROM range(100) AS days(day)""");
            statement.execute("""
                    CREATE TABLE nba_analytics.player_game_summary AS
                    SELECT s.game_date, s.game_id, 'player_' || player AS player_lookup,
                           CASE WHEN player = 0 THEN NULL ELSE 10 + player END AS points
                    FROM nba_raw.nbac_schedule AS s, range(10) AS players(player)
                    WHERE s.game_date NOT IN (DATE '2024-12-25', DATE '2025-01-15', DATE '2025-01-16')""");
        }
    }
}
