package dev.preflight.suite;

import dev.preflight.source.Problem;

import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.Severity;
import dev.preflight.model.TableName;
import dev.preflight.testing.ExampleChecks;
import dev.preflight.testing.SuiteTexts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteParserTest {

    /** A small valid suite that the problem tests break one line at a time. */
    private static final String MINIMAL = """
            preflight: 1
            name: games
            window: {start: 2024-10-22, end: 2024-11-30}
            datasets:
              - table: nba_analytics.player_game_summary
                date_column: game_date
                checks:
                  - nulls: {column: minutes_played, max: 5}
            """;

    private static List<String> problems(String yaml) {
        return problems(yaml, Map.of());
    }

    private static List<String> problems(String yaml, Map<String, String> parameters) {
        SuiteParser.Parsed parsed = SuiteTexts.parse(yaml, ExampleChecks.types(), parameters);
        assertThat(parsed).isInstanceOf(SuiteParser.Parsed.Invalid.class);
        return ((SuiteParser.Parsed.Invalid) parsed).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void should_read_the_history_section_with_its_defaults() {
        SuiteParser.Parsed none = SuiteTexts.parse(MINIMAL, ExampleChecks.types(), Map.of());
        SuiteParser.Parsed kept = SuiteTexts.parse(MINIMAL.replace("datasets:", "history: {}\ndatasets:"), ExampleChecks.types(), Map.of());
        SuiteParser.Parsed table = SuiteTexts.parse(MINIMAL.replace("datasets:", "history: {table: dq.metric_history}\ndatasets:"),
                ExampleChecks.types(), Map.of());

        assertThat(((SuiteParser.Parsed.Valid) none).suite().historySpec()).isEmpty();
        assertThat(((SuiteParser.Parsed.Valid) kept).suite().historySpec()).hasValueSatisfying(h -> {
            assertThat(h.tableName()).isEqualTo("preflight_metric_history");
            assertThat(h.pathSetting()).isEmpty();
            assertThat(h.inWarehouse()).isFalse();
        });
        assertThat(((SuiteParser.Parsed.Valid) table).suite().historySpec()).hasValueSatisfying(h -> assertThat(h.inWarehouse()).isTrue());
    }

    @Test
    void should_read_every_part_of_a_valid_suite_into_the_model() {
        // GIVEN
        String yaml = """
                preflight: 1
                name: games
                description: Games land before the models train.
                owner: data-platform
                tags: [nightly]
                parameters:
                  start_date: 2024-10-22
                  end_date: 2024-11-30
                  schema: nba_analytics
                warehouse:
                  type: duckdb
                  path: /data/nba.duckdb
                calendar:
                  table: nba_raw.nbac_schedule
                  date_column: game_date
                  season_column: season_year
                  where: is_regular_season OR is_playoffs
                seasons:
                  bootstrap_days: 14
                datasets:
                  - table: ${schema}.player_game_summary
                    date_column: game_date
                    keys: [game_id, player_lookup]
                    required_by: [ml_feature_store_v2]
                    tags: [phase3]
                    checks:
                      - calendar_days: {}
                      - nulls:
                          column: minutes_played
                          max: 5%
                          severity: warn
                          id: minutes
                          tags: [nulls]
                          description: Minutes come from the box score.
                """;

        // WHEN
        Suite suite = SuiteTexts.valid(yaml, ExampleChecks.types());

        // THEN
        assertThat(suite.name()).isEqualTo("games");
        assertThat(suite.description()).isEqualTo("Games land before the models train.");
        assertThat(suite.owner()).isEqualTo("data-platform");
        assertThat(suite.tags()).containsExactly("nightly");
        assertThat(suite.parameters().values()).containsOnly(
                Map.entry("start_date", "2024-10-22"), Map.entry("end_date", "2024-11-30"), Map.entry("schema", "nba_analytics"));
        assertThat(suite.warehouse().type()).isEqualTo("duckdb");
        assertThat(suite.warehouse().settings()).containsOnly(Map.entry("path", "/data/nba.duckdb"));
        assertThat(suite.window()).isEqualTo(new DateWindow(LocalDate.parse("2024-10-22"), LocalDate.parse("2024-11-30")));
        assertThat(suite.calendar()).isInstanceOfSatisfying(CalendarSpec.FromTable.class, calendar -> {
            assertThat(calendar.table()).isEqualTo(new TableName(List.of("nba_raw", "nbac_schedule")));
            assertThat(calendar.dateColumn()).isEqualTo("game_date");
            assertThat(calendar.seasonColumn()).isEqualTo("season_year");
            assertThat(calendar.where().text()).isEqualTo("is_regular_season OR is_playoffs");
            assertThat(calendar.location()).hasToString("suites/games.yaml:14:3");
        });
        assertThat(suite.seasons().bootstrapDays()).isEqualTo(14);
        assertThat(suite.seasons().starts()).isEmpty();

        assertThat(suite.datasets()).hasSize(1);
        Dataset dataset = suite.datasets().get(0);
        assertThat(dataset.id()).isEqualTo("player_game_summary");
        assertThat(dataset.table()).hasToString("nba_analytics.player_game_summary");
        assertThat(dataset.dateColumn()).isEqualTo("game_date");
        assertThat(dataset.keys()).containsExactly("game_id", "player_lookup");
        assertThat(dataset.requiredBy()).containsExactly("ml_feature_store_v2");
        assertThat(dataset.tags()).containsExactly("phase3");
        assertThat(dataset.rowFilter()).isEmpty();
        assertThat(dataset.location()).hasToString("suites/games.yaml:21:5");

        assertThat(dataset.checks()).extracting(CheckDefinition::id).containsExactly("calendar_days", "minutes");
        CheckDefinition calendarDays = dataset.checks().get(0);
        assertThat(calendarDays.type()).isEqualTo("calendar_days");
        assertThat(calendarDays.severity()).isEqualTo(Severity.ERROR);
        assertThat(calendarDays.location()).hasToString("suites/games.yaml:27:9");
        CheckDefinition minutes = dataset.checks().get(1);
        assertThat(minutes.type()).isEqualTo("nulls");
        assertThat(minutes.spec()).isEqualTo(new ExampleChecks.Nulls("minutes_played", 5.0));
        assertThat(minutes.severity()).isEqualTo(Severity.WARN);
        assertThat(minutes.tags()).containsExactly("nulls");
        assertThat(minutes.description()).isEqualTo("Minutes come from the box score.");
        assertThat(minutes.location()).hasToString("suites/games.yaml:28:9");
    }

    @Test
    void should_ignore_yaml_that_is_not_a_suite() {
        // A docker-compose.yaml next to the suites is none of our business: no problems, no test.
        assertThat(SuiteTexts.parse("services:\n  db:\n    image: duckdb\n", ExampleChecks.types()))
                .isInstanceOf(SuiteParser.Parsed.NotASuite.class);
    }

    @Nested
    class Problems_name_file_line_and_column_and_what_to_change {

        @Test
        void an_unclosed_list() {
            String yaml = """
                    preflight: 1
                    name: games
                    datasets:
                      - table: nba_analytics.player_game_summary
                        date_column: [game_date
                    """;

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:5:18: invalid YAML: expected ',' or ']', but got <stream end>"
                    + " (while parsing a flow sequence that starts here)");
        }

        @Test
        void a_second_document_is_refused_where_it_starts_not_dropped() {
            // The second document's failing checks would otherwise never run, and the gate would open without them.
            String yaml = MINIMAL + "---\n" + MINIMAL.replace("max: 5", "max: 0");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:10:1: a suite file holds one YAML document, but a"
                    + " second one starts here (after '---'); put it in a file of its own or merge its datasets into the first");
        }

        @Test
        void a_document_start_marker_before_the_only_document_is_fine() {
            assertThat(SuiteTexts.parse("---\n" + MINIMAL, ExampleChecks.types(), Map.of()))
                    .isInstanceOf(SuiteParser.Parsed.Valid.class);
        }

        @Test
        void an_unclosed_quote() {
            String yaml = MINIMAL.replace("name: games", "name: 'games");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:2:7: invalid YAML: found unexpected end of stream"
                    + " (while scanning a quoted scalar that starts here)");
        }

        @Test
        void a_list_item_inside_a_mapping_at_the_item_not_where_the_mapping_starts() {
            String yaml = MINIMAL.replace("datasets:", "- player_games\ndatasets:");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:4:1: invalid YAML: expected <block end>, but found '-'"
                    + " (while parsing a block mapping that starts at line 1, column 1)");
        }

        @Test
        void a_tab_used_for_indentation() {
            String yaml = "preflight: 1\n\tname: games\n";

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:2:1: invalid YAML: found character '\\t(TAB)' that cannot start"
                    + " any token. (Do not use \\t(TAB) for indentation)");
        }

        @Test
        void a_key_indented_unlike_its_neighbours() {
            String yaml = MINIMAL.replace("window: {start: 2024-10-22, end: 2024-11-30}", "window:\n  start: 2024-10-22\n   end: 2024-11-30");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:5:7: invalid YAML: mapping values are not allowed here:"
                    + " indent this key like its neighbours, or quote a value that contains ': '");
        }

        @Test
        void an_unknown_key_with_did_you_mean() {
            String yaml = MINIMAL.replace("window:", "windw:");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:1:1: the suite has no window: declare parameters start_date and end_date, or a 'window:' with start and end",
                    "suites/games.yaml:3:1: unknown key 'windw' in the suite; did you mean 'window'?; known keys: name, parameters, preflight,"
                            + " description, owner, tags, warehouse, window, calendar, seasons, datasets, waivers, verdict, history");
        }

        @Test
        void a_history_table_that_is_not_a_table_name() {
            String yaml = MINIMAL.replace("datasets:", "history: {table: \"dq.metric history; DROP\"}\ndatasets:");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:4:18: 'table' of 'history' is a table name such as"
                    + " dq.metric_history (letters, digits, '_' and '-', up to three parts), not 'dq.metric history; DROP'");
        }

        @Test
        void an_unknown_key_in_a_check_with_did_you_mean() {
            String yaml = MINIMAL.replace("max: 5}", "max: 5, severty: warn}");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:8:49: unknown key 'severty' in check 'nulls' of dataset"
                    + " 'player_game_summary'; did you mean 'severity'?; known keys: id, severity, tags, description, fallback, samples, column, max");
        }

        @Test
        void an_unknown_check_type_with_did_you_mean() {
            String yaml = MINIMAL.replace("- nulls:", "- nuls:");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:8:9: unknown check type 'nuls'; did you mean 'nulls'?; known types: calendar_days, nulls");
        }

        @Test
        void a_list_where_a_value_is_expected() {
            String yaml = MINIMAL.replace("date_column: game_date", "date_column: [game_date, season_year]");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:6:18: 'date_column' of dataset expects a value but was a list");
        }

        @Test
        void a_threshold_outside_0_to_100() {
            String yaml = MINIMAL.replace("max: 5}", "max: 150}");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:8:46: 'max' of check 'nulls' of dataset 'player_game_summary'"
                    + " is 150, outside 0–100%; write a percentage such as 95 or 95%");
        }

        @Test
        void a_window_that_starts_after_it_ends() {
            String yaml = MINIMAL.replace("{start: 2024-10-22, end: 2024-11-30}", "{start: 2024-11-30, end: 2024-10-22}");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:3:9: the window starts on 2024-11-30, after it ends on 2024-10-22; swap the dates");
        }

        @Test
        void an_empty_inline_calendar() {
            String yaml = MINIMAL.replace("datasets:", "calendar: {dates: []}\ndatasets:");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:4:19: the expected calendar is empty: list at least one date, or leave out 'calendar'");
        }

        @Test
        void sql_in_a_table_name() {
            String yaml = MINIMAL.replace("nba_analytics.player_game_summary", "x; DROP TABLE y");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:5:12: 'x; DROP TABLE y' is not a table name:"
                    + " write dataset.table or project.dataset.table with letters, digits, _ and -");
        }

        @Test
        void two_checks_with_the_same_id() {
            String yaml = MINIMAL + """
                          - nulls: {column: usage_rate, max: 5, id: nulls(minutes_played)}
                    """;

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:9:9: two checks of dataset 'player_game_summary' have the id"
                    + " 'nulls(minutes_played)' (the other at line 8); give one of them an 'id:'");
        }

        @Test
        void a_missing_format_version() {
            String yaml = MINIMAL.replace("preflight: 1\n", "");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:1:1: add 'preflight: 1' as the first line, so tools know this file is a Preflight suite");
        }

        @Test
        void an_unknown_format_version() {
            String yaml = MINIMAL.replace("preflight: 1", "preflight: 2");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:1:12: suite format version '2' is not supported; write 'preflight: 1'");
        }

        @Test
        void an_unknown_parameter_reference_once() {
            String yaml = MINIMAL.replace("preflight: 1", "preflight: 1\nparameters: {schema: nba_analytics}")
                    .replace("nba_analytics.player_game_summary", "${shema}.player_game_summary");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:6:12: unknown parameter '${shema}'; did you mean 'schema'?;"
                    + " declare it under 'parameters:' or pass it with -Dpreflight.param.shema=…");
        }

        @Test
        void every_problem_of_a_file_at_once_in_file_order() {
            String yaml = """
                    preflight: 1
                    name: games
                    window: {start: 2024-10-22, end: 2024-11-30}
                    datasets:
                      - table: x; DROP TABLE y
                        date_column: game_date
                        checks:
                          - nulls: {column: minutes_played, max: 150}
                          - nuls: {column: usage_rate, max: 5}
                          - nulls: {column: [usage_rate], max: 5, severty: warn}
                    """;

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:5:12: 'x; DROP TABLE y' is not a table name:"
                            + " write dataset.table or project.dataset.table with letters, digits, _ and -",
                    "suites/games.yaml:8:46: 'max' of check 'nulls' of dataset 'x; DROP TABLE y' is 150, outside 0–100%;"
                            + " write a percentage such as 95 or 95%",
                    "suites/games.yaml:9:9: unknown check type 'nuls'; did you mean 'nulls'?; known types: calendar_days, nulls",
                    "suites/games.yaml:10:25: 'column' of check 'nulls' of dataset 'x; DROP TABLE y' expects a value but was a list",
                    "suites/games.yaml:10:47: unknown key 'severty' in check 'nulls' of dataset 'x; DROP TABLE y'; did you mean"
                            + " 'severity'?; known keys: id, severity, tags, description, fallback, samples, column, max");
        }
        @Test
        void a_check_that_needs_a_calendar_in_a_suite_without_one() {
            String yaml = MINIMAL.replace("- nulls: {column: minutes_played, max: 5}", "- calendar_days: {}");

            assertThat(problems(yaml)).containsExactly(
                    "suites/games.yaml:8:9: check 'calendar_days' needs the expected calendar: add 'calendar:' to the suite");
        }

        @Test
        void a_key_written_twice() {
            String yaml = MINIMAL.replace("name: games", "name: games\nname: box_scores");

            assertThat(problems(yaml)).containsExactly("suites/games.yaml:3:1: duplicate key 'name' (first at line 2); keep one of them");
        }
    }

    @Nested
    class Parameters_ {

        @Test
        void overrides_replace_defaults_and_fill_references() {
            String yaml = """
                    preflight: 1
                    name: games
                    parameters:
                      start_date: 2021-10-19
                      end_date: 2026-01-03
                      schema: nba_analytics
                    datasets:
                      - table: ${schema}.${table}
                        date_column: game_date
                        checks:
                          - nulls: {column: minutes_played, max: 5}
                    """;

            Suite suite = SuiteTexts.valid(yaml, ExampleChecks.types(),
                    Map.of("start_date", "2024-10-22", "end_date", "2024-11-30", "table", "team_defense_game_summary", "unused", "x"));

            assertThat(suite.window()).hasToString("2024-10-22..2024-11-30");
            assertThat(suite.datasets().get(0).table()).hasToString("nba_analytics.team_defense_game_summary");
            assertThat(suite.parameters().values()).containsOnly(Map.entry("start_date", "2024-10-22"), Map.entry("end_date", "2024-11-30"),
                    Map.entry("schema", "nba_analytics"), Map.entry("table", "team_defense_game_summary"));
        }

        @Test
        void relative_dates_count_from_today() {
            // SuiteTexts fixes "today" at 2025-01-15.
            String yaml = MINIMAL.replace("window: {start: 2024-10-22, end: 2024-11-30}", "parameters: {start_date: today - 7d, end_date: today}");

            Suite suite = SuiteTexts.valid(yaml, ExampleChecks.types());

            assertThat(suite.window()).hasToString("2025-01-08..2025-01-15");
        }
    }
}
