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

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("the base suite", BASE),
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
                        .replace("calendar:\n  table: nba_raw.nbac_schedule\n  date_column: game_date\n  season_column: season_year\n", "")));
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
                arguments("column with a hyphen", with("    date_column: game_date", "    date_column: game-date")),
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
                arguments("tags without value", with("name: agreement", "name: agreement\ntags:")));
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
                arguments("unknown parameter", with("{min: 95}", "{min: \"${nope}\"}")));
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
