package dev.preflight.duckdb;

import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.SourceLocation;
import dev.preflight.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a misspelt name may have meant: every table and view a name with as many parts reaches, named as the
 * suite wrote its own (one part reaches only the current schema, as DuckDB resolves it).
 */
class DuckDbTablesNearTest {

    @TempDir
    static Path dir;

    static Warehouse warehouse;

    @BeforeAll
    static void database() throws Exception {
        Path file = dir.resolve("w.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA nba_analytics");
            sql.execute("CREATE TABLE nba_analytics.player_game_summary (game_date DATE)");
            sql.execute("CREATE VIEW nba_analytics.team_view AS SELECT 1 AS x");
            sql.execute("CREATE TABLE top (x INTEGER)");
        }
        warehouse = new DuckDbProvider().open(new WarehouseSpec("duckdb", Map.of(DuckDbProvider.PATH, file.toString()),
                new SourceLocation(URI.create("file:///s.yaml"), "s.yaml", 1, 1)));
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nba_analytics.player_game_sumary|main.top,nba_analytics.player_game_summary,nba_analytics.team_view",
            "top_|top",
            "w.nba_analytics.player_game_sumary|w.main.top,w.nba_analytics.player_game_summary,w.nba_analytics.team_view"})
    void namesEveryTableAndViewWithAsManyParts(String typed, String expected) {
        assertThat(warehouse.tablesNear(TableName.parse(typed).orElseThrow())).containsExactlyInAnyOrderElementsOf(List.of(expected.split(",")));
    }
}
