package dev.preflight.runner;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.Redaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code preflight suggest}: a suite from one scan of a table, whose gate passes on the data it was made from and
 * closes when that data gets worse in any way a suggested check covers.
 */
class SuggestCommandTest {

    @TempDir
    Path dir;

    private Path warehouse;

    /**
     * 10 dates × 10 rows; points NULL in 1 row of 10 (10%), minutes never NULL and never negative, plus_minus negative
     * on some rows, team one of three values, one key (g0, p1 on 2024-01-01) twice: 101 rows, 1 duplicate.
     */
    @BeforeEach
    void warehouse() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        sql("CREATE SCHEMA s",
                "CREATE TABLE s.games AS SELECT DATE '2024-01-01' + CAST(d AS INTEGER) AS game_date, 'g' || d AS game_id,"
                        + " 'p' || p AS player, CAST(30 + p AS DOUBLE) AS minutes, CASE WHEN p = 0 THEN NULL ELSE p END AS points,"
                        + " p - 5 AS plus_minus, CASE p % 3 WHEN 0 THEN 'ATL' WHEN 1 THEN 'BOS' ELSE 'CHI' END AS team"
                        + " FROM range(10) ds(d), range(10) ps(p)",
                "INSERT INTO s.games VALUES (DATE '2024-01-01', 'g0', 'p1', 31, 1, -4, 'BOS')");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private Path suggest(String... more) {
        Path suite = dir.resolve("games.yaml");
        List<String> args = new java.util.ArrayList<>(List.of("suggest", "--warehouse", warehouse.toString(), "--table", "s.games",
                "--keys", "game_id,player", "--output", suite.toString()));
        args.addAll(List.of(more));
        Cli.Run run = Cli.inProcess(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(run.out()).startsWith("preflight: wrote " + suite + " (7 columns, ");
        return suite;
    }

    @Test
    void should_suggest_the_checks_the_data_supports() throws Exception {
        Path file = suggest();
        String suite = Files.readString(file);

        assertThat(Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.games", "--output", file.toString()).out())
                .startsWith("preflight: wrote " + file + " (7 columns, 101 rows measured); run it with ./preflight gate --suite " + file);
        assertThat(suite).startsWith("# Suggested by 'preflight suggest' on ")
                .contains("from s.games: 101 rows on 10 dates (2024-01-01..2024-01-10).")
                .contains("  start_date: 2024-01-01\n  end_date: 2024-01-10\n")
                .contains("    date_column: game_date\n    keys: [game_id, player]\n");
        assertThat(suite.lines().filter(line -> line.startsWith("      - ")).map(line -> line.replaceFirst(" +#.*", "")))
                .containsExactly(
                        "      - row_count: {min: 1}",
                        "      - schema:",
                        "      - duplicates: {max: 1}",
                        "      - row_count_per_date: {min: 10}",
                        "      - null_rate: {column: game_date, max: 0}",
                        "      - null_rate: {column: game_id, max: 0}",
                        "      - null_rate: {column: player, max: 0}",
                        "      - null_rate: {column: minutes, max: 0}",
                        "      - values: {column: minutes, not_negative: true}",
                        // 10 of 101 rows (9.9%): the upper end of its 95% interval, 9.9 + 1.96 × 2.97 = 15.8, rounded up
                        "      - null_rate: {column: points, max: 15.8}",
                        "      - values: {column: points, not_negative: true}",
                        "      - null_rate: {column: plus_minus, max: 0}",
                        "      - null_rate: {column: team, max: 0}",
                        "      - values: {column: team, in: [ATL, BOS, CHI]}");
        assertThat(suite).contains("            minutes: DOUBLE\n", "            plus_minus: BIGINT\n")
                .contains("# NULL in 10 of 101 rows today (9.9%)", "# 1 duplicate rows today", "# 3 values today, each on 30 to 40 rows");
    }

    @Test
    void should_write_a_suite_that_the_editors_schema_accepts() throws Exception {
        sql("CREATE TABLE s.teams AS SELECT 't' || i AS team, i AS wins FROM range(5) r(i)");
        Path undated = dir.resolve("teams.yaml");
        assertThat(Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.teams", "--output", undated.toString())
                .exitCode()).isEqualTo(0);
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                .getSchema(Files.newInputStream(Path.of("..", "docs", "suite.schema.json")));
        com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

        for (Path suite : List.of(suggest(), undated)) {
            assertThat(schema.validate(yaml.readTree(suite.toFile()))).as(Files.readString(suite)).isEmpty();
        }
    }

    @Test
    void should_open_the_gate_on_the_data_it_was_suggested_from() {
        Path suite = suggest();

        Cli.Run gate = Cli.inProcess("gate", "--suite", suite.toString());

        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(0);
        assertThat(gate.out()).contains("GATE OPEN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a NULL in a column without any       | UPDATE s.games SET minutes = NULL WHERE player = 'p3' AND game_date = DATE '2024-01-02' | null_rate(minutes)
            more NULLs than the share allows     | UPDATE s.games SET points = NULL WHERE player IN ('p1', 'p2')                          | null_rate(points)
            a negative value                     | UPDATE s.games SET points = -1 WHERE player = 'p4' AND game_date = DATE '2024-01-03'   | values(points)
            another duplicate                    | INSERT INTO s.games VALUES (DATE '2024-01-02', 'g1', 'p2', 32, 2, -3, 'CHI')           | duplicates
            a value it never had                 | UPDATE s.games SET team = 'atl' WHERE player = 'p3' AND game_date = DATE '2024-01-04'  | values(team)
            a date with fewer rows               | DELETE FROM s.games WHERE game_date = DATE '2024-01-05' AND player IN ('p8', 'p9')      | row_count_per_date
            a column of another type             | ALTER TABLE s.games ALTER minutes TYPE BIGINT                                         | schema
            """)
    void should_close_the_gate_when_the_data_gets_worse(String change, String statement, String failing) throws Exception {
        Path suite = suggest();
        sql(statement);

        Cli.Run gate = Cli.inProcess("gate", "--suite", suite.toString(), "--format", "json");

        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(1);
        assertThat(failed(gate.out())).containsExactly(failing);
    }

    /** {@return the ids of the checks that failed, from the gate's JSON} */
    private static List<String> failed(String json) throws Exception {
        com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        List<String> ids = new java.util.ArrayList<>();
        result.findValues("checks").forEach(checks -> checks.forEach(check -> {
            if (check.path("outcome").asText().equals("FAILED")) {
                ids.add(check.path("check").asText());
            }
        }));
        return ids;
    }

    @Test
    void should_hold_the_table_to_the_calendar_dates_it_covers_today() throws Exception {
        // The schedule has one date more than the table: 2024-01-11.
        sql("CREATE TABLE s.schedule AS SELECT DATE '2024-01-01' + CAST(d AS INTEGER) AS game_day FROM range(11) ds(d)");
        Path suite = suggest("--calendar", "s.schedule");
        String text = Files.readString(suite);

        Cli.Run open = Cli.inProcess("gate", "--suite", suite.toString());
        sql("DELETE FROM s.games WHERE game_date = DATE '2024-01-05'");
        Cli.Run closed = Cli.inProcess("gate", "--suite", suite.toString(), "--format", "json");

        assertThat(text).contains("calendar:                    # the dates on which the table must have rows\n  table: s.schedule\n  date_column: game_day\n")
                .contains("  start_date: 2024-01-01\n  end_date: 2024-01-11\n")
                .contains("      - coverage: {min: 90.9, min_rows_per_date: 10}", "# covers 10 of 11 calendar dates today (90.9%); missing 2024-01-11")
                .doesNotContain("row_count_per_date", "Coverage needs");
        assertThat(open.exitCode()).as(open.all()).isEqualTo(0);
        assertThat(closed.exitCode()).as(closed.all()).isEqualTo(1);
        assertThat(failed(closed.out())).containsExactly("coverage");
    }

    @Test
    void should_suggest_for_a_table_without_a_date_column() throws Exception {
        sql("CREATE TABLE s.teams AS SELECT 't' || i AS team, i AS wins FROM range(5) r(i)");
        Path suite = dir.resolve("teams.yaml");

        Cli.Run run = Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.teams", "--output", suite.toString());
        Cli.Run gate = Cli.inProcess("gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(Files.readString(suite)).contains("from s.teams: 5 rows.").contains("window: {start: today, end: today}")
                .doesNotContain("date_column", "row_count_per_date", "start_date", "Coverage needs");
        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(0);
    }

    @Test
    void should_suggest_for_an_empty_table_a_suite_that_passes_on_it() throws Exception {
        sql("CREATE TABLE s.empty (game_date DATE, points INTEGER)");
        Path suite = dir.resolve("empty.yaml");

        Cli.Run run = Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.empty", "--output", suite.toString());
        Cli.Run gate = Cli.inProcess("gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(Files.readString(suite)).contains("from s.empty: 0 rows on 0 dates.", "  start_date: today\n",
                "# no rows in the window today").doesNotContain("row_count");
        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(0);
    }

    /** A text column's values are suggested only when it has at most --max-values of them (3 here). */
    @ParameterizedTest(name = "--max-values {0}")
    @CsvSource({"0, false", "2, false", "3, true", "20, true"})
    void should_list_a_text_columns_values_up_to_the_maximum(int maximum, boolean listed) throws Exception {
        String suite = Files.readString(suggest("--max-values", String.valueOf(maximum)));

        assertThat(suite.contains("values: {column: team, in: [ATL, BOS, CHI]}")).as(suite).isEqualTo(listed);
    }

    @Test
    void should_scan_only_the_window_asked_for() throws Exception {
        String suite = Files.readString(suggest("--start-date", "2024-01-03", "--end-date", "2024-01-04"));

        assertThat(suite).contains("from s.games: 20 rows on 2 dates (2024-01-03..2024-01-04).")
                .contains("  start_date: 2024-01-03\n  end_date: 2024-01-04\n").contains("duplicates: {}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt table         | --table s.gmes                                | table s.gmes does not exist in duckdb
            a misspelt table, hint   | --table s.gmes                                | did you mean 's.games'?
            a misspelt date column   | --table s.games --date-column game_dat        | column 'game_dat' does not exist in s.games; did you mean 'game_date'?
            a misspelt key           | --table s.games --keys game_id,playr           | column 'playr' does not exist in s.games; did you mean 'player'?
            a date column not a DATE | --table s.games --date-column player          | --date-column player is VARCHAR, not DATE; name a DATE column, or leave the option out to read the table whole (its DATE columns: game_date)
            a start without an end   | --table s.games --start-date 2024-01-01       | give both --start-date and --end-date
            dates in the wrong order | --table s.games --start-date 2024-01-05 --end-date 2024-01-01 | --start-date 2024-01-05 is after --end-date 2024-01-01; swap the dates
            a table name with spaces | --table 's games'                             | --table 's games'
            a negative maximum       | --table s.games --max-values -1               | --max-values is a number of values, 0 or more, not -1
            a misspelt calendar      | --table s.games --calendar s.gmes             | calendar table s.gmes does not exist in duckdb
            a calendar column alone  | --table s.games --calendar-column game_date   | --calendar-column names a column of the --calendar table; give --calendar too
            a calendar without dates | --table s.games --calendar s.games --calendar-column player | --calendar-column player is VARCHAR, not DATE
            """)
    void should_exit_2_with_what_to_change(String mistake, String arguments, String expected) {
        List<String> args = new java.util.ArrayList<>(List.of("suggest", "--warehouse", warehouse.toString()));
        for (String argument : arguments.split(" (?=--)")) {
            String[] parts = argument.split(" ", 2);
            args.add(parts[0]);
            args.add(parts[1].replace("'", ""));
        }

        Cli.Run run = Cli.inProcess(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(expected.replace("'s games'", "s games")).doesNotContain("\tat ");
    }

    @Test
    void should_never_write_onto_the_warehouse() throws Exception {
        long size = Files.size(warehouse);

        Cli.Run run = Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.games", "--output", warehouse.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("--output " + warehouse + " is the warehouse (--warehouse " + warehouse + "); name another file");
        assertThat(Files.size(warehouse)).isEqualTo(size);
    }

    @Test
    void should_ask_for_a_date_column_when_the_table_has_two() throws Exception {
        sql("CREATE TABLE s.two AS SELECT DATE '2024-01-01' AS played, DATE '2024-01-02' AS loaded");

        Cli.Run run = Cli.inProcess("suggest", "--warehouse", warehouse.toString(), "--table", "s.two");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("the table has 2 DATE columns (played, loaded); name the one that dates its rows with --date-column");
    }

    @Test
    void should_suggest_from_bigquery_through_its_api() throws Exception {
        // The stub knows the table's columns (tables.get) and answers each statement with no rows, in the scan's shape:
        // the date, then one column per metric (m1, m2, …).
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("\\bAS (m\\d+)\\b");
        try (dev.preflight.bigquery.BigQueryStubServer stub = dev.preflight.bigquery.BigQueryStubServer.start(sql -> {
            List<dev.preflight.bigquery.BigQueryStubServer.Column> columns = new java.util.ArrayList<>();
            columns.add(new dev.preflight.bigquery.BigQueryStubServer.Column("pf_date", "DATE"));
            metric.matcher(sql).results().map(m -> m.group(1)).distinct()
                    .forEach(name -> columns.add(new dev.preflight.bigquery.BigQueryStubServer.Column(name, "INTEGER")));
            return new dev.preflight.bigquery.BigQueryStubServer.Answer(columns, List.of(), 1L << 20);
        })) {
            stub.table("nba-props-platform", "nba_analytics", "player_game_summary", List.of(
                    new dev.preflight.bigquery.BigQueryStubServer.Column("game_date", "DATE"),
                    new dev.preflight.bigquery.BigQueryStubServer.Column("usage_rate", "FLOAT"),
                    new dev.preflight.bigquery.BigQueryStubServer.Column("player_lookup", "STRING")));
            Path suite = dir.resolve("bq.yaml");

            Cli.Run run = Cli.inProcess("suggest", "--table", "nba_analytics.player_game_summary", "--output", suite.toString(),
                    "--warehouse-setting", "type=bigquery", "--warehouse-setting", "project=nba-props-platform",
                    "--warehouse-setting", "host=" + stub.host(), "--warehouse-setting", "parallelism=2");
            Cli.Run misspelt = Cli.inProcess("suggest", "--table", "nba_analytics.player_game_sumary",
                    "--warehouse-setting", "type=bigquery", "--warehouse-setting", "project=nba-props-platform",
                    "--warehouse-setting", "host=" + stub.host());

            assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
            assertThat(Files.readString(suite)).contains("warehouse:\n  type: bigquery\n  host: \"" + stub.host() + "\"\n  project: nba-props-platform\n")
                    .contains("            usage_rate: FLOAT64\n", "            player_lookup: STRING\n", "0 rows on 0 dates")
                    .doesNotContain("parallelism");
            // The scan, and the values of the one text column (player_lookup) that is not a key.
            assertThat(stub.requests("POST", "/queries|/jobs")).as("two statements").hasSize(2)
                    .allSatisfy(request -> assertThat(request.body()).contains("`nba-props-platform.nba_analytics.player_game_summary`"))
                    .anySatisfy(request -> assertThat(request.body()).contains("`player_lookup` AS pf_value"));
            assertThat(misspelt.exitCode()).as(misspelt.all()).isEqualTo(2);
            assertThat(misspelt.err()).contains("table nba_analytics.player_game_sumary does not exist in bigquery",
                    "did you mean 'nba_analytics.player_game_summary'?");
        }
    }

    @Test
    void should_write_no_secret_into_the_suite() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("project", "nba-props-platform");
        settings.put("api_token", "tok-123456789");
        settings.put("credentials", "{\"private_key\": \"abcdefgh\"}");
        settings.put("parallelism", "4");
        // As a provider does for the settings it declares secret when it opens (BigQuery's credentials).
        Redaction.settings(settings, java.util.Set.of("credentials"));

        Map<String, String> written = SuggestCommand.written(new WarehouseSpec("bigquery", settings, null));

        assertThat(written).containsExactly(Map.entry("type", "bigquery"), Map.entry("project", "nba-props-platform"));
    }
}
