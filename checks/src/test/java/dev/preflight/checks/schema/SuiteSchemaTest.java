package dev.preflight.checks.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.check.CheckTypes;
import dev.preflight.suite.SuiteParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * docs/suite.schema.json must accept what {@link SuiteParser} accepts and reject what it rejects, so that the schema
 * cannot drift from the parser unnoticed. Each case runs through both.
 */
class SuiteSchemaTest {

    private static final SuiteSchema SCHEMA = SuiteSchema.load();

    static final String BASE = """
            preflight: 1
            name: agreement
            parameters:
              start_date: 2024-10-22
              end_date: 2025-04-13
              min_coverage: 95
            warehouse: {type: duckdb, path: nba.duckdb}
            calendar:
              table: nba_raw.nbac_schedule
              date_column: game_date
              season_column: season_year
            seasons:
              bootstrap_days: 14
            datasets:
              - table: nba_analytics.player_game_summary
                date_column: game_date
                keys: [game_id, player_lookup]
                checks:
                  - coverage: {min: 95}
            """;

    /** {@code BASE} with one piece of text replaced; the piece must be there, so the cases cannot go stale. */
    private static String with(String old, String replacement) {
        assertThat(BASE).contains(old);
        return BASE.replace(old, replacement);
    }

    private static String check(String item) {
        return with("      - coverage: {min: 95}\n", "      - coverage: {min: 95}\n" + item + "\n");
    }

    /** {@code BASE} with a second, upstream dataset {@code team_defense_game_summary} and one more check on the first. */
    private static String withUpstream(String item) {
        return check(item).replace("datasets:\n", """
                datasets:
                  - table: nba_analytics.team_defense_game_summary
                    date_column: game_date
                    checks:
                      - row_count: {min: 1}
                """);
    }

    /** {@code BASE} with one waiver of the base dataset; {@code lines} replace its default settings by key. */
    private static String waiver(String... lines) {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("dataset", "player_game_summary");
        settings.put("check", "coverage");
        settings.put("dates", "[2024-11-05, 2024-12-01..2024-12-10]");
        settings.put("reason", "scraper outage, source data lost");
        settings.put("approved_by", "data-platform");
        settings.put("expires", "2026-03-31");
        for (String line : lines) {
            String[] keyValue = line.split(":", 2);
            if (keyValue.length == 1) {
                settings.remove(keyValue[0]);
            } else {
                settings.put(keyValue[0], keyValue[1].trim());
            }
        }
        StringBuilder yaml = new StringBuilder(BASE).append("waivers:\n");
        String indent = "  - ";
        for (java.util.Map.Entry<String, String> e : settings.entrySet()) {
            yaml.append(indent).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            indent = "    ";
        }
        return yaml.toString();
    }

    /** {@code BASE} whose dataset has no date column and the given check instead of coverage (and no calendar). */
    private static String undated(String item) {
        return with("    date_column: game_date\n", "").replace("      - coverage: {min: 95}", item)
                .replace("calendar:\n  table: nba_raw.nbac_schedule\n  date_column: game_date\n  season_column: season_year\n", "");
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("the base suite", BASE),
                arguments("columns that need quoting", with("    keys: [game_id, player_lookup]", "    keys: [Game ID, select, \"player lookup\"]")),
                arguments("row_count with strict bounds", check("      - row_count: {min: 1, max: 10, strict_min: true, strict_max: true}")),
                arguments("duplicates comparing NULLs", check("      - duplicates: {null_keys: compare}")),
                arguments("schema compared case-sensitively", check("      - schema: {columns: [Game_Date], case_sensitive: true}")),
                arguments("a check with an empty value means all defaults", check("      - duplicates:")),
                arguments("quoted format version", with("preflight: 1", "preflight: \"1\"")),
                arguments("percent with %", with("{min: 95}", "{min: 95%}")),
                arguments("percent as quoted text", with("{min: 95}", "{min: \"99.5\"}")),
                arguments("percent from a parameter", with("{min: 95}", "{min: \"${min_coverage}\"}")),
                arguments("fractional percent", with("{min: 95}", "{min: 99.5}")),
                arguments("percent 0 and 100", check("      - null_rate: {column: a, max: 0}\n      - null_rate: {id: b, column: a, min: 100}")),
                arguments("severity warn", with("{min: 95}", "{min: 95, severity: warn}")),
                arguments("severity warning in capitals", with("{min: 95}", "{min: 95, severity: WARNING}")),
                arguments("severity from a parameter", with("{min: 95}", "{min: 95, severity: \"${sev}\"}")
                        .replace("  min_coverage: 95", "  min_coverage: 95\n  sev: warn")),
                arguments("check id, tags and description", with("{min: 95}",
                        "{min: 95, id: coverage_95, tags: [core, coverage.95], description: Most game dates}")),
                arguments("one tag as text", with("name: agreement", "name: agreement\ntags: phase3")),
                arguments("suite keys description, owner, tags", with("name: agreement",
                        "name: agreement\ndescription: d\nowner: team\ntags: [phase3, preflight]")),
                arguments("window with relative dates", with("seasons:", "window: {start: today-7, end: today}\nseasons:")
                        .replace("  start_date: 2024-10-22\n  end_date: 2025-04-13\n", "")),
                arguments("window with spaced relative date", with("seasons:", "window: {start: TODAY - 7d, end: today+0}\nseasons:")),
                arguments("window from parameters", with("seasons:", "window: {start: \"${start_date}\", end: 2025-01-01}\nseasons:")),
                arguments("relative start_date parameter", with("start_date: 2024-10-22", "start_date: today-30")),
                arguments("calendar from dates", with("""
                          table: nba_raw.nbac_schedule
                          date_column: game_date
                          season_column: season_year
                        """, "  dates: [2024-10-22, 2024-10-23]\n")),
                arguments("calendar from a file", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n", "  file: dates.csv\n")),
                arguments("calendar from a query", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n",
                        "  query: SELECT DISTINCT game_date FROM nba_raw.nbac_schedule\n")),
                arguments("calendar query with WITH", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n",
                        "  query: \"with s as (select game_date from x) select game_date from s\"\n")),
                arguments("calendar with a row filter", with("  season_column: season_year\n",
                        "  season_column: season_year\n  where: is_regular_season OR is_playoffs\n")),
                arguments("three-part table with hyphens", with("table: nba_raw.nbac_schedule", "table: nba-props-platform.nba_raw.nbac_schedule")),
                arguments("explicit season openers", with("  bootstrap_days: 14", "  bootstrap_days: 14\n  starts: [2024-10-22]\n  gap_days: 30")),
                arguments("bootstrap days 0", with("  bootstrap_days: 14", "  bootstrap_days: 0")),
                arguments("bootstrap days as text with _", with("  bootstrap_days: 14", "  bootstrap_days: \"1_4\"")),
                arguments("null_rate max", check("      - null_rate: {column: minutes_played, max: 5}")),
                arguments("null_rate min", check("      - null_rate: {column: minutes_played, min: \"95%\"}")),
                arguments("duplicates with null settings", check("      - duplicates: ~")),
                arguments("duplicates with empty settings", check("      - duplicates: {}")),
                arguments("duplicates with one key", check("      - duplicates: {keys: game_id, max: 3}")),
                arguments("row_count min", check("      - row_count: {min: 1}")),
                arguments("row_count max as text", check("      - row_count: {max: \"1_000_000\"}")),
                arguments("row_count both", check("      - row_count: {min: 0, max: 10}")),
                arguments("two checks of one type with ids", check("      - coverage: {min: 50, id: coverage_50}")),
                arguments("dataset id, tags, description, where, one key, required_by", with("    keys: [game_id, player_lookup]\n", """
                            id: pgs
                            keys: game_id
                            tags: [core]
                            description: one row a player and game
                            where: game_status = 3 AND season_year >= 2024
                            required_by: ml_feature_store_v2
                        """)),
                arguments("dataset with empty keys", check("      - row_count: {min: 1}").replace("keys: [game_id, player_lookup]", "keys: []")),
                arguments("table from a parameter", with("- table: nba_analytics.player_game_summary", "- table: \"${schema}.player_game_summary\"")
                        .replace("  min_coverage: 95", "  min_coverage: 95\n  schema: nba_analytics")),
                arguments("warehouse extra settings for other providers", with("{type: duckdb, path: nba.duckdb}",
                        "{type: bigquery, project: nba-props-platform, location: US, maximum_bytes_billed: 1000000000}")),
                arguments("parameter without default", with("  min_coverage: 95", "  min_coverage: 95\n  note:")),
                arguments("no calendar without coverage", with("      - coverage: {min: 95}", "      - row_count: {min: 1}")
                        .replace("calendar:\n  table: nba_raw.nbac_schedule\n  date_column: game_date\n  season_column: season_year\n", "")),
                // Suite keys of the check library: waivers and verdict words.
                arguments("a waiver of one check with dates and a range", waiver()),
                arguments("a waiver of a whole dataset with one date", waiver("check", "dates: 2024-11-05")),
                arguments("a waiver with a spaced range and a parameter date", waiver("dates: [\"2024-12-01 .. 2024-12-10\", \"${start_date}\"]")),
                arguments("no waivers", BASE + "waivers: []\n"),
                arguments("verdict words", BASE + "verdict: {passed: READY, warned: DEGRADED, failed: NOT READY}\n"),
                arguments("calendar count_distinct", with("  season_column: season_year\n", "  season_column: season_year\n  count_distinct: game_id\n")),
                arguments("dataset without date_column", undated("      - row_count: {min: 1}\n      - duplicates: {}")),
                // Settings every check takes: fallback and samples.
                arguments("fallback as a note", with("{min: 95}", "{min: 95, fallback: synthetic context}")),
                arguments("fallback with thresholds", with("{min: 95}", "{min: 95, fallback: {note: synthetic context, min: 50}}")),
                arguments("fallback mappings with a note only and with counts", check("      - row_count: {min: 1, fallback: {note: x}}\n"
                        + "      - duplicates: {max: 0, fallback: {note: known copies, max: 3}}")),
                arguments("samples on null_rate", check("      - null_rate: {column: points, max: 5, samples: {limit: 5, columns: [player_lookup, points]}}")),
                arguments("samples with one column and the default limit", check("      - values: {column: points, min: 0, samples: {columns: points}}")),
                arguments("samples limit 100 as text", check("      - duplicates: {samples: {limit: \"100\", columns: [game_id]}}")),
                arguments("samples on a failing-rows query", check("      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE points < 0\", samples: {columns: [points]}}")),
                // Check types of the check library, and the keys coverage and duplicates gained.
                arguments("coverage min_rows_per_date", with("{min: 95}", "{min: 95, min_rows_per_date: 20}")),
                arguments("coverage rows_per_calendar_count and bootstrap_rows", with("{min: 95}", "{min: 95, rows_per_calendar_count: 2, bootstrap_rows: false}")),
                arguments("duplicates mostly", check("      - duplicates: {keys: [game_id], mostly: 99}")),
                arguments("row_count_per_date min", check("      - row_count_per_date: {min: 1}")),
                arguments("row_count_per_date both", check("      - row_count_per_date: {min: 20, max: \"40\"}")),
                arguments("freshness", check("      - freshness: {max_days_behind: 2}")),
                arguments("freshness from today", check("      - freshness: {max_days_behind: 0, from: Today}")),
                arguments("values min", check("      - values: {column: points, min: 0}")),
                arguments("values everything", check("      - values: {column: points, min: 0, max: 60, strict_min: true, strict_max: \"TRUE\","
                        + " mostly: 99, where: minutes_played > 0, not_negative: true, in: [1, \"01\"]}")),
                arguments("values in one value", check("      - values: {column: team_abbr, in: ATL}")),
                arguments("values not_negative", check("      - values: {column: points, not_negative: true}")),
                arguments("completeness shorthand", check("      - completeness: {columns: {points: 95}}")),
                arguments("completeness with critical and where", check("      - completeness: {where: points IS NOT NULL,"
                        + " columns: {minutes_played: {min: 99, critical: true}, usage_rate: {min: \"95%\"}}}")),
                arguments("feature_vector finite by default", check("      - feature_vector: {column: features}")),
                arguments("feature_vector everything", check("      - feature_vector: {column: features, count: 2, count_column: n, names: [a, b],"
                        + " names_column: feature_names, finite: false, min_non_null: 95}")),
                arguments("schema list", check("      - schema: {columns: [game_date, player_lookup]}")),
                arguments("schema one column", check("      - schema: {columns: game_date}")),
                arguments("schema with types and no extras", check("      - schema: {columns: {game_date: DATE, features: \"DOUBLE[]\"}, extra_columns: false}")),
                arguments("schema of a table without columns", check("      - schema: {columns: [], extra_columns: false}")),
                arguments("dependency upstream", withUpstream("      - dependency: {upstream: team_defense_game_summary}")),
                arguments("dependency upstreams with keys and a fallback", withUpstream("      - dependency: {upstreams: [team_defense_game_summary],"
                        + " keys: [game_id], max_unprocessed_dates: 3, severity: warn, fallback: synthetic context}")),
                arguments("dependency with renamed keys", withUpstream("      - dependency: {upstream: team_defense_game_summary, keys: {team_abbr: defending_team_abbr}}")),
                arguments("sql metric", check("      - sql: {metric: \"SELECT avg(points) FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date}\", min: 5}")),
                arguments("sql metric with WITH and a trailing ;", check("      - sql: {metric: \"with t as (select 1 as x) select x from t;\", max: 1.5}")),
                arguments("sql failing rows", check("      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE points < ${min_coverage}\", max: 2}")));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments("unknown top-level key", with("name: agreement", "name: agreement\nowners: team")),
                arguments("unknown dataset key", with("    date_column: game_date\n", "    date_column: game_date\n    date_col: game_date\n")),
                arguments("unknown check setting", with("{min: 95}", "{min: 95, minimum: 90}")),
                arguments("unknown calendar key", with("  season_column: season_year\n", "  season_column: season_year\n  season: x\n")),
                arguments("unknown seasons key", with("  bootstrap_days: 14", "  bootstrap_days: 14\n  bootstrap: 14")),
                arguments("unknown window key", with("seasons:", "window: {start: 2024-10-22, end: 2025-01-01, step: 1}\nseasons:")),
                arguments("bad severity", with("{min: 95}", "{min: 95, severity: fatal}")),
                arguments("threshold 150", with("{min: 95}", "{min: 150}")),
                arguments("threshold 150%", with("{min: 95}", "{min: 150%}")),
                arguments("negative threshold", with("{min: 95}", "{min: -1}")),
                arguments("threshold as a word", with("{min: 95}", "{min: most}")),
                arguments("unknown check type", with("coverage: {min: 95}", "freshness: {max_age: 1}")),
                arguments("check item with two keys", with("      - coverage: {min: 95}", "      - coverage: {min: 95}\n        severity: warn")),
                arguments("check item as text", with("      - coverage: {min: 95}", "      - coverage")),
                arguments("check settings as a list", with("{min: 95}", "[95]")),
                arguments("coverage without settings", with("      - coverage: {min: 95}", "      - coverage:")),
                arguments("coverage without min", with("{min: 95}", "{severity: warn}")),
                arguments("coverage without a calendar", with("calendar:\n  table: nba_raw.nbac_schedule\n  date_column: game_date\n  season_column: season_year\n", "")),
                arguments("missing format version", with("preflight: 1\n", "")),
                arguments("format version 2", with("preflight: 1", "preflight: 2")),
                arguments("missing name", with("name: agreement\n", "")),
                arguments("name as a list", with("name: agreement", "name: [a, b]")),
                arguments("missing datasets", BASE.substring(0, BASE.indexOf("datasets:"))),
                arguments("empty datasets", BASE.substring(0, BASE.indexOf("datasets:")) + "datasets: []\n"),
                arguments("dataset without date_column", with("    date_column: game_date\n", "")),
                arguments("dataset without table", with("  - table: nba_analytics.player_game_summary\n    date_column", "  - date_column")),
                arguments("dataset without checks", with("    checks:\n      - coverage: {min: 95}\n", "")),
                arguments("empty checks", with("    checks:\n      - coverage: {min: 95}\n", "    checks: []\n")),
                arguments("no window and no dates", with("  start_date: 2024-10-22\n  end_date: 2025-04-13\n", "")),
                arguments("window without end", with("seasons:", "window: {start: 2024-10-22}\nseasons:")),
                arguments("not a date", with("start_date: 2024-10-22", "start_date: 2024-13-01")),
                arguments("no such calendar day", with("start_date: 2024-10-22", "start_date: 2025-02-30")),
                arguments("relative date in the past tense", with("start_date: 2024-10-22", "start_date: yesterday")),
                arguments("relative date in season openers", with("  bootstrap_days: 14", "  bootstrap_days: 14\n  starts: [today]")),
                arguments("calendar with two forms", with("  season_column: season_year\n", "  season_column: season_year\n  dates: [2024-10-22]\n")),
                arguments("calendar table without date_column", with("  date_column: game_date\n  season_column", "  season_column")),
                arguments("calendar without a form", with("  table: nba_raw.nbac_schedule\n", "")),
                arguments("empty calendar dates", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n", "  dates: []\n")),
                arguments("calendar query that deletes", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n", "  query: DELETE FROM x\n")),
                arguments("calendar query with two statements", with("  table: nba_raw.nbac_schedule\n  date_column: game_date\n",
                        "  query: SELECT d FROM x; SELECT 1\n")),
                arguments("row filter with a comment", with("    keys:", "    where: a = 1 -- and b\n    keys:")),
                arguments("row filter with ;", with("    keys:", "    where: a = 1; DROP TABLE x\n    keys:")),
                arguments("table with a space", with("nba_analytics.player_game_summary", "nba analytics.player_game_summary")),
                arguments("table with four parts", with("nba_analytics.player_game_summary", "a.b.c.d")),
                arguments("blank column", with("    date_column: game_date", "    date_column: \" \"")),
                arguments("check id with a space", with("{min: 95}", "{min: 95, id: my check}")),
                arguments("tag with a space", with("name: agreement", "name: agreement\ntags: [phase 3]")),
                arguments("tag with |", with("name: agreement", "name: agreement\ntags: a|b")),
                arguments("null_rate with max and min", check("      - null_rate: {column: a, max: 5, min: 95}")),
                arguments("null_rate with neither", check("      - null_rate: {column: a}")),
                arguments("null_rate without column", check("      - null_rate: {max: 5}")),
                arguments("row_count with neither", check("      - row_count: {}")),
                arguments("row_count below 0", check("      - row_count: {min: -1}")),
                arguments("row_count not a number", check("      - row_count: {min: ten}")),
                arguments("row_count fraction", check("      - row_count: {min: 1.5}")),
                arguments("duplicates with empty keys", check("      - duplicates: {keys: []}")),
                arguments("gap_days 0", with("  bootstrap_days: 14", "  bootstrap_days: 14\n  gap_days: 0")),
                arguments("bootstrap_days below 0", with("  bootstrap_days: 14", "  bootstrap_days: -1")),
                arguments("warehouse as text", with("{type: duckdb, path: nba.duckdb}", "nba.duckdb")),
                arguments("parameter as a mapping", with("  min_coverage: 95", "  min_coverage: {value: 95}")),
                arguments("tags without value", with("name: agreement", "name: agreement\ntags:")),
                // Waivers and verdict words.
                arguments("waiver with a bad expires date", waiver("expires: next spring")),
                arguments("waiver with an impossible expires date", waiver("expires: 2026-02-30")),
                arguments("waiver without expires", waiver("expires")),
                arguments("waiver without reason", waiver("reason")),
                arguments("waiver without approved_by", waiver("approved_by")),
                arguments("waiver without dataset", waiver("dataset")),
                arguments("waiver without dates", waiver("dates")),
                arguments("waiver with empty dates", waiver("dates: []")),
                arguments("waiver with a range of three dots", waiver("dates: [2024-12-01...2024-12-10]")),
                arguments("waiver with a relative date", waiver("dates: [today]")),
                arguments("waiver with an unknown key", waiver("approved: me")),
                arguments("waiver as text", BASE + "waivers: [outage]\n"),
                arguments("waivers as a mapping", BASE + "waivers: {dataset: player_game_summary}\n"),
                arguments("verdict without failed", BASE + "verdict: {passed: READY, warned: DEGRADED}\n"),
                arguments("verdict with an unknown word", BASE + "verdict: {passed: a, warned: b, failed: c, errored: d}\n"),
                arguments("calendar count_distinct not a column", with("  season_column: season_year\n", "  season_column: season_year\n  count_distinct: \"game\\u0001id\"\n")),
                // fallback and samples.
                arguments("fallback without a note", with("{min: 95}", "{min: 95, fallback: {min: 50}}")),
                arguments("fallback with an empty note", with("{min: 95}", "{min: 95, fallback: \"\"}")),
                arguments("fallback as a list", with("{min: 95}", "{min: 95, fallback: [a]}")),
                arguments("fallback with a setting of another type", with("{min: 95}", "{min: 95, fallback: {note: x, max: 5}}")),
                arguments("fallback that changes severity", with("{min: 95}", "{min: 95, fallback: {note: x, severity: warn}}")),
                arguments("fallback threshold out of range", with("{min: 95}", "{min: 95, fallback: {note: x, min: 150}}")),
                arguments("samples without columns", check("      - null_rate: {column: points, max: 5, samples: {limit: 5}}")),
                arguments("samples limit above 100", check("      - null_rate: {column: points, max: 5, samples: {limit: 101, columns: [points]}}")),
                arguments("samples limit 0", check("      - null_rate: {column: points, max: 5, samples: {limit: 0, columns: [points]}}")),
                arguments("samples with an unknown key", check("      - null_rate: {column: points, max: 5, samples: {columns: [points], all: true}}")),
                arguments("samples as text", check("      - null_rate: {column: points, max: 5, samples: points}")),
                arguments("samples on coverage", with("{min: 95}", "{min: 95, samples: {columns: [game_date]}}")),
                arguments("samples on a sql metric", check("      - sql: {metric: \"SELECT 1\", min: 1, samples: {columns: [points]}}")),
                arguments("samples on schema", check("      - schema: {columns: [a], samples: {columns: [a]}}")),
                // Keys coverage and duplicates gained.
                arguments("coverage with both per-date minimums", with("{min: 95}", "{min: 95, min_rows_per_date: 20, rows_per_calendar_count: 2}")),
                arguments("coverage min_rows_per_date 0", with("{min: 95}", "{min: 95, min_rows_per_date: 0}")),
                arguments("coverage bootstrap_rows not a boolean", with("{min: 95}", "{min: 95, bootstrap_rows: never}")),
                arguments("duplicates with max and mostly", check("      - duplicates: {max: 0, mostly: 99}")),
                arguments("duplicates mostly above 100", check("      - duplicates: {mostly: 101}")),
                arguments("duplicates with an unknown NULL choice", check("      - duplicates: {null_keys: equal}")),
                // A date check on a dataset without date_column.
                arguments("freshness without date_column", undated("      - freshness: {max_days_behind: 2}")),
                arguments("row_count_per_date without date_column", undated("      - row_count_per_date: {min: 1}")),
                // Each check type of the check library, wrong.
                arguments("row_count_per_date with neither", check("      - row_count_per_date: {}")),
                arguments("row_count_per_date below 0", check("      - row_count_per_date: {max: -1}")),
                arguments("freshness without max_days_behind", check("      - freshness: {from: today}")),
                arguments("freshness from yesterday", check("      - freshness: {max_days_behind: 1, from: yesterday}")),
                arguments("values without a rule", check("      - values: {column: points, mostly: 99}")),
                arguments("values not_negative false alone", check("      - values: {column: points, not_negative: false}")),
                arguments("values strict_min without min", check("      - values: {column: points, max: 5, strict_min: true}")),
                arguments("values without column", check("      - values: {min: 0}")),
                arguments("values with an unknown key", check("      - values: {column: points, between: [0, 1]}")),
                arguments("completeness without columns", check("      - completeness: {where: points > 0}")),
                arguments("completeness with no columns", check("      - completeness: {columns: {}}")),
                arguments("completeness column without min", check("      - completeness: {columns: {points: {critical: true}}}")),
                arguments("completeness with a bad column name", check("      - completeness: {columns: {\"points\\tx\": 95}}")),
                arguments("completeness columns as a list", check("      - completeness: {columns: [points]}")),
                arguments("feature_vector without column", check("      - feature_vector: {count: 3}")),
                arguments("feature_vector min_non_null without names", check("      - feature_vector: {column: f, count: 3, min_non_null: 95}")),
                arguments("feature_vector without any rule", check("      - feature_vector: {column: f, finite: false}")),
                arguments("feature_vector count 0", check("      - feature_vector: {column: f, count: 0}")),
                arguments("schema without columns", check("      - schema: {extra_columns: false}")),
                arguments("schema with an empty list", check("      - schema: {columns: []}")),
                arguments("schema with an empty mapping", check("      - schema: {columns: {}}")),
                arguments("schema with a bad column", check("      - schema: {columns: [\" \"]}")),
                arguments("dependency with upstream and upstreams", withUpstream("      - dependency: {upstream: team_defense_game_summary,"
                        + " upstreams: [team_defense_game_summary]}")),
                arguments("dependency without upstream", withUpstream("      - dependency: {keys: [game_id]}")),
                arguments("dependency with no upstreams", withUpstream("      - dependency: {upstreams: []}")),
                arguments("dependency with a bad key", withUpstream("      - dependency: {upstream: team_defense_game_summary, keys: {team_abbr: \"team\\nabbr\"}}")),
                arguments("sql with metric and failing_rows", check("      - sql: {metric: \"SELECT 1\", failing_rows: \"SELECT 1\", min: 1}")),
                arguments("sql metric without bounds", check("      - sql: {metric: \"SELECT 1\"}")),
                arguments("sql failing rows with min", check("      - sql: {failing_rows: \"SELECT 1\", min: 1}")),
                arguments("sql that deletes", check("      - sql: {failing_rows: \"DELETE FROM ${table}\"}")),
                arguments("sql with two statements", check("      - sql: {failing_rows: \"SELECT 1; SELECT 2\"}")),
                arguments("sql bound not a number", check("      - sql: {metric: \"SELECT 1\", max: many}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void schemaAndParserAccept(String name, String yaml) {
        assertThat(SuiteSchema.parse(yaml)).as("the parser").isInstanceOf(SuiteParser.Parsed.Valid.class);
        assertThat(SCHEMA.validate(yaml)).as("the schema").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void schemaAndParserReject(String name, String yaml) {
        assertThat(SuiteSchema.parse(yaml)).as("the parser").isInstanceOf(SuiteParser.Parsed.Invalid.class);
        assertThat(SCHEMA.validate(yaml)).as("the schema").isNotEmpty();
    }

    /**
     * What only the parser can see: relations between values and between checks. docs/suite-format.md lists these;
     * when the schema learns one, move its case to {@link #rejected()}.
     */
    static Stream<Arguments> onlyTheParserRejects() {
        return Stream.of(
                arguments("window start after its end", with("end_date: 2025-04-13", "end_date: 2024-01-01")),
                arguments("row_count min above max", check("      - row_count: {min: 10, max: 1}")),
                arguments("two checks with one id", check("      - coverage: {min: 50}")),
                arguments("two datasets with one id", with("    checks:", "    id: x\n    checks:") + """
                          - table: other.x
                            date_column: d
                            checks:
                              - row_count: {min: 1}
                        """),
                arguments("duplicates without keys anywhere", check("      - duplicates: {}").replace("    keys: [game_id, player_lookup]\n", "")),
                arguments("unknown parameter", with("{min: 95}", "{min: \"${nope}\"}")),
                // Waivers name other parts of the suite, and a range is judged by its length.
                arguments("waiver of an undeclared dataset", waiver("dataset: player_game_sumary")),
                arguments("waiver of a check the dataset lacks", waiver("check: null_rate")),
                arguments("waiver range that runs backwards", waiver("dates: [2024-12-10..2024-12-01]")),
                arguments("waiver range over 3660 days", waiver("dates: [2000-01-01..2024-12-01]")),
                // A fallback's thresholds are read merged with the check's own.
                arguments("fallback that gives null_rate both max and min", check("      - null_rate: {column: points, max: 5, fallback: {note: x, min: 90}}")),
                // Relations between values of one check, and names of other datasets.
                arguments("values min above max", check("      - values: {column: points, min: 10, max: 1}")),
                arguments("feature_vector count that differs from its names", check("      - feature_vector: {column: f, count: 3, names: [a, b]}")),
                arguments("dependency on an undeclared dataset", withUpstream("      - dependency: {upstream: team_defense_game_sumary}")),
                arguments("dependency on itself", withUpstream("      - dependency: {upstream: player_game_summary}")),
                arguments("dependency on a dataset without date_column", withUpstream("      - dependency: {upstream: team_defense_game_summary}")
                        .replace("  - table: nba_analytics.team_defense_game_summary\n    date_column: game_date\n", "  - table: nba_analytics.team_defense_game_summary\n")),
                // YAML 1.1 reads yes/no/on/off as booleans before the schema sees them; the parser takes only true and false.
                arguments("a boolean written as yes", with("{min: 95}", "{min: 95, bootstrap_rows: yes}")),
                arguments("sql with an unknown placeholder", check("      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE d > ${start}\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyTheParserRejects")
    void schemaCannotSee(String name, String yaml) {
        assertThat(SuiteSchema.parse(yaml)).as("the parser").isInstanceOf(SuiteParser.Parsed.Invalid.class);
        assertThat(SCHEMA.validate(yaml)).as("the schema").isEmpty();
    }

    @Test
    void everySuiteInTheChecksModuleIsValid() throws IOException {
        List<Path> suites = suites("checks/src/main/resources", "checks/src/test/resources");
        assertThat(suites).as("suites found").isNotEmpty()
                .anySatisfy(p -> assertThat(p.toString()).endsWith("phase3_for_phase4.yaml"));
        for (Path suite : suites) {
            String yaml = Files.readString(suite);
            // A suite kept on purpose as a bad example lives in a folder named "invalid".
            boolean invalid = Repository.root().relativize(suite).toString().contains("/invalid/");
            SuiteParser.Parsed parsed = SuiteSchema.parse(yaml);
            List<String> problems = SCHEMA.validate(yaml);
            if (invalid) {
                assertThat(parsed).as("parser on %s", suite).isInstanceOf(SuiteParser.Parsed.Invalid.class);
                assertThat(problems).as("schema on %s", suite).isNotEmpty();
            } else {
                assertThat(parsed).as("parser on %s", suite).isInstanceOf(SuiteParser.Parsed.Valid.class);
                assertThat(problems).as("schema on %s", suite).isEmpty();
            }
        }
    }

    /** Suites as the engine tells them from other YAML: a mapping with 'preflight:' or 'datasets:'. */
    private static List<Path> suites(String... directories) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (String directory : directories) {
            Path root = Repository.root().resolve(directory);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                        continue;
                    }
                    JsonNode node = SuiteSchema.readYaml(Files.readString(file));
                    if (node.isObject() && (node.has("preflight") || node.has("datasets"))) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyShippedCheckTypeIsInTheSchema() {
        // Check types defined by tests (max_rows_per_date) document themselves elsewhere; shipped ones must be here.
        Set<String> shipped = new TreeSet<>(SuiteSchema.shipped().names());
        assertThat(shipped).contains("coverage", "null_rate", "duplicates", "row_count");
        assertThat(SCHEMA.checkTypes()).as("check types in the schema's check oneOf").isEqualTo(shipped);
        assertThat(CheckTypes.load(getClass().getClassLoader()).names()).containsAll(SCHEMA.checkTypes());
    }

    @Test
    void eachCheckBranchNamesOneTypeWithItsOwnDefinition() {
        JsonNode branches = SCHEMA.document().at("/definitions/check/oneOf");
        SuiteSchema.stream(branches).forEach(branch -> {
            String type = branch.at("/required/0").asText();
            assertThat(branch.get("required")).as(type).hasSize(1);
            assertThat(branch.at("/additionalProperties").asBoolean(true)).as(type + " allows other keys").isFalse();
            assertThat(branch.at("/properties/" + type + "/$ref").asText()).isEqualTo("#/definitions/" + type);
            JsonNode definition = SCHEMA.document().at("/definitions/" + type);
            assertThat(definition.isMissingNode()).as("definitions/" + type).isFalse();
            assertThat(definition.at("/properties").has("id") && definition.at("/properties").has("severity")
                    && definition.at("/properties").has("tags") && definition.at("/properties").has("description"))
                    .as(type + " takes id, severity, tags and description").isTrue();
            assertThat(definition.at("/additionalProperties").asBoolean(true)).as(type + " allows unknown settings").isFalse();
        });
        assertThat(SCHEMA.document().at("/definitions/check/defaultSnippets")).as("a completion snippet per type")
                .hasSameSizeAs(branches);
    }

    @Test
    void theSchemaIsDraft07WithIdTitleAndHelp() {
        JsonNode document = SCHEMA.document();
        assertThat(document.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(document.get("$id").asText()).isNotBlank();
        assertThat(document.get("title").asText()).isNotBlank();
        // The meta-schema itself accepts the document.
        com.networknt.schema.JsonSchema draft07 = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                .getSchema(com.networknt.schema.SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertThat(draft07.validate(document)).isEmpty();
        // Every property an author can write shows help in the editor.
        List<String> undocumented = new java.util.ArrayList<>();
        properties(document, "", undocumented, document);
        assertThat(undocumented).as("properties without a description").isEmpty();
    }

    private static void properties(JsonNode node, String path, List<String> undocumented, JsonNode root) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject() && !path.endsWith("/properties")) {
                properties.fields().forEachRemaining(e -> {
                    if (!hasDescription(e.getValue(), root)) {
                        undocumented.add(path + "/properties/" + e.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(e -> {
                // "if" and "then" only constrain; they are not where an author reads help.
                if (!e.getKey().equals("if") && !e.getKey().equals("then")) {
                    properties(e.getValue(), path + "/" + e.getKey(), undocumented, root);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                properties(node.get(i), path + "/" + i, undocumented, root);
            }
        }
    }

    private static boolean hasDescription(JsonNode property, JsonNode root) {
        if (property.has("description")) {
            return true;
        }
        if (property.has("$ref")) {
            return hasDescription(root.at(property.get("$ref").asText().substring(1)), root);
        }
        // A property that only constrains (the anyOf/oneOf branches of a parent) needs none.
        return property.size() == 1 && property.has("required") || property.isEmpty();
    }
}
