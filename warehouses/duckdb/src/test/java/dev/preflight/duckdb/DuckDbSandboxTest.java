package dev.preflight.duckdb;

import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.warehouse.WarehouseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A suite's free SQL runs sandboxed on a real DuckDB: one hostile statement per case, each refused before it reads or
 * writes a file, while views over Parquet files in a declared directory keep working.
 */
class DuckDbSandboxTest {

    @TempDir
    static Path dir;

    static Path database;
    static Path data;
    static Path outside;

    /** A database with a table, a view over a Parquet file in data/, and one over a Parquet file outside it. */
    @BeforeEach
    void database() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        outside = Files.createDirectories(dir.resolve("outside"));
        database = dir.resolve("sandbox.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("COPY (SELECT DATE '2024-10-22' AS game_date, 7 AS points) TO '" + data.resolve("games.parquet") + "' (FORMAT parquet)",
                    "COPY (SELECT 'secret' AS s) TO '" + outside.resolve("other.parquet") + "' (FORMAT parquet)",
                    "CREATE TABLE t AS SELECT 1 AS x",
                    "CREATE VIEW games AS SELECT * FROM read_parquet('" + data.resolve("games.parquet") + "')",
                    "CREATE VIEW other AS SELECT * FROM '" + outside.resolve("other.parquet") + "'");
        }
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("read_text", "SELECT content FROM read_text('/etc/hostname')"),
                Arguments.of("read_text in a scalar subquery", "SELECT (SELECT content FROM read_text('/etc/passwd')) AS v FROM t"),
                Arguments.of("read_csv", "SELECT * FROM read_csv('/etc/passwd')"),
                Arguments.of("a file as a table", "SELECT * FROM '/etc/passwd'"),
                Arguments.of("glob", "SELECT * FROM glob('/etc/*')"),
                Arguments.of("read_parquet outside the allowed directories", "SELECT * FROM read_parquet('OUTSIDE/other.parquet')"),
                Arguments.of("a path that climbs out of an allowed directory", "SELECT * FROM read_parquet('DATA/../outside/other.parquet')"),
                Arguments.of("a view over a file outside the allowed directories", "SELECT * FROM other"),
                Arguments.of("COPY TO", "COPY (SELECT 42) TO 'WRITTEN'"),
                Arguments.of("COPY TO before a SELECT", "COPY (SELECT 42) TO 'WRITTEN'; SELECT 1"),
                Arguments.of("a SELECT before COPY TO", "SELECT 1; COPY (SELECT 42) TO 'WRITTEN'"),
                Arguments.of("two SELECTs", "SELECT 1; SELECT 2"),
                Arguments.of("ATTACH", "ATTACH 'WRITTEN' AS other"),
                Arguments.of("ATTACH before a SELECT", "ATTACH 'WRITTEN' AS other; SELECT 1"),
                Arguments.of("INSTALL", "INSTALL httpfs"),
                Arguments.of("LOAD", "LOAD httpfs"),
                Arguments.of("SET", "SET enable_external_access = true"),
                Arguments.of("SET before a file read", "SET enable_external_access = true; SELECT * FROM read_text('/etc/hostname')"),
                Arguments.of("RESET", "RESET enable_external_access"),
                Arguments.of("PRAGMA", "PRAGMA enable_profiling"),
                Arguments.of("CALL", "CALL pragma_version()"),
                Arguments.of("EXPORT DATABASE", "EXPORT DATABASE 'WRITTEN'"),
                Arguments.of("CREATE TABLE", "CREATE TABLE y AS SELECT 1"),
                Arguments.of("an empty text", "  -- nothing\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void is_refused_and_touches_no_file(String name, String sql) {
        Path written = dir.resolve("written-" + Math.abs(name.hashCode()));
        String text = sql.replace("WRITTEN", written.toString()).replace("OUTSIDE", outside.toString()).replace("DATA", data.toString());
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString(), List.of(data))) {
            assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.CUSTOM, name, text)))
                    .isInstanceOf(WarehouseException.class);
            // Still sandboxed after the attempt: the configuration cannot have been changed by it.
            assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.CUSTOM, "after", "SELECT content FROM read_text('/etc/hostname')")))
                    .isInstanceOf(WarehouseException.class);
        }
        assertThat(written).doesNotExist();
        assertThat(dir.resolve("sandbox.duckdb.wal")).doesNotExist();
    }

    @Test
    void a_view_over_a_parquet_file_in_an_allowed_directory_is_read() {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString(), List.of(data))) {
            QueryResult result = warehouse.execute(new Statement(Statement.Kind.SCAN, "games", "SELECT points FROM games"));
            assertThat(result.rows()).containsExactly(List.of(7L));
        }
    }

    @Test
    void the_same_view_is_refused_when_its_directory_is_not_declared() {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString(), List.of(outside.resolve("elsewhere")))) {
            assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.SCAN, "games", "SELECT points FROM games")))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("disabled by configuration");
        }
    }

    @Test
    void a_multi_statement_text_names_why_it_is_refused() {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.CUSTOM, "two", "SELECT 1; SELECT 2")))
                    .hasMessage("refused to run the statement: it holds 2 statements; write exactly one SELECT, without ';' between statements");
        }
    }

    /** Each connection keeps its prepared check: refused and accepted texts in turn, from two threads, each judged on its own. */
    @Test
    void the_check_kept_by_a_connection_judges_each_statement_afresh() throws Exception {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            Runnable turns = () -> {
                assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.CUSTOM, "two", "SELECT 1; SELECT 2")))
                        .hasMessage("refused to run the statement: it holds 2 statements; write exactly one SELECT, without ';' between statements");
                assertThat(warehouse.execute(new Statement(Statement.Kind.CUSTOM, "one", "SELECT 'a;b' AS v")).rows()).containsExactly(List.of("a;b"));
                assertThatThrownBy(() -> warehouse.execute(new Statement(Statement.Kind.CUSTOM, "pragma", "PRAGMA enable_profiling")))
                        .hasMessageStartingWith("refused to run the statement: it is not a SELECT");
                assertThat(warehouse.execute(new Statement(Statement.Kind.CUSTOM, "again", "SELECT 2 AS v")).rows()).containsExactly(List.of(2L));
            };
            turns.run();
            java.util.concurrent.CompletableFuture.runAsync(turns).get();
        }
    }

    @Test
    void one_select_with_a_semicolon_in_a_string_and_a_trailing_semicolon_runs() {
        try (DuckDbWarehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            QueryResult result = warehouse.execute(new Statement(Statement.Kind.CUSTOM, "one", "SELECT 'a;b' AS v FROM t -- ; not a statement\n;"));
            assertThat(result.rows()).containsExactly(List.of("a;b"));
        }
    }
}
