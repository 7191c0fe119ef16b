package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo warehouse through the real command: the gate must find exactly what the generator planted, and its JSON
 * must match the documented schema.
 */
class DemoGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SUITE = "classpath:preflight/nba/phase3_for_phase4.yaml";

    @TempDir
    static Path dir;

    static GroundTruth truth;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        truth = DemoWarehouse.generate(dir, DemoWarehouse.DEFAULT_SEED);
        warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE);
    }

    @Test
    void should_find_exactly_the_ground_truth_and_write_json_that_matches_its_schema() throws Exception {
        Path output = dir.resolve("gate.json");

        Cli.Run run = Cli.run(dir, "gate", "--suite", SUITE, "--warehouse", warehouse.toString(), "--format", "json", "--output", output.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode result = JSON.readTree(output.toFile());
        assertThat(schemaErrors(result)).isEmpty();
        assertThat(result.path("verdict").asText()).isEqualTo("CLOSED");
        // One scan per dataset: every metric of a table comes from one statement.
        assertThat(result.path("suites").get(0).path("datasets")).allSatisfy(d -> assertThat(d.path("statements").asInt()).isEqualTo(1));
        for (GroundTruth.TableCoverage table : truth.tables()) {
            JsonNode coverage = check(result, table.table(), "coverage");
            assertThat(dates(coverage.path("missing_dates")))
                    .as(table.table()).containsExactlyElementsOf(table.missingDates().stream().map(Object::toString).toList());
            assertThat(coverage.path("observed").path("covered_dates").asInt()).isEqualTo(table.coveredDates());
            assertThat(coverage.path("observed").path("expected_dates").asInt()).isEqualTo(table.expectedDates());
        }
        JsonNode usage = check(result, "nba_analytics.player_game_summary", "null_rate(usage_rate)");
        assertThat(usage.path("observed").path("null_rows").asLong()).isEqualTo(truth.playerGameSummary().usageRateNulls());
        assertThat(usage.path("observed").path("rows").asLong()).isEqualTo(truth.playerGameSummary().totalRows());
        assertThat(usage.path("outcome").asText()).isEqualTo("WARNED");
        JsonNode duplicates = check(result, "nba_analytics.player_game_summary", "duplicates");
        assertThat(duplicates.path("observed").path("duplicate_rows").asLong()).isEqualTo(truth.playerGameSummary().duplicateExtraRows());
    }

    @Test
    void should_print_the_seeds_picture_in_text() throws Exception {
        Cli.Run run = Cli.run(dir, "gate", "--suite", SUITE, "--warehouse", warehouse.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).containsPattern("team_defense_game_summary +776/848 +91\\.5% +72 +✗ blocking")
                .containsPattern("upcoming_player_game_context +446/848 +52\\.6% +402 +⚠ degraded")
                .containsPattern("upcoming_team_game_context +496/848 +58\\.5% +352 +⚠ degraded")
                .containsPattern("player_game_summary +848/848 +100\\.0% +0")
                .contains("GATE CLOSED — 1 blocking table(s): nba_analytics.team_defense_game_summary");
    }

    @Test
    void should_plan_backfills_as_contiguous_ranges_of_exactly_the_missing_dates() throws Exception {
        Cli.Run ranges = Cli.run(dir, "plan", "--suite", SUITE, "--warehouse", warehouse.toString(), "--table", "nba_analytics.team_defense_game_summary");
        Cli.Run dates = Cli.run(dir, "plan", "--suite", SUITE, "--warehouse", warehouse.toString(), "--table", "team_defense_game_summary", "--format", "dates");

        assertThat(ranges.exitCode()).as(ranges.all()).isEqualTo(0);
        assertThat(ranges.out().lines()).allMatch(l -> l.matches("--start-date \\d{4}-\\d{2}-\\d{2} --end-date \\d{4}-\\d{2}-\\d{2}"));
        List<String> planted = truth.coverage("nba_analytics.team_defense_game_summary").missingDates().stream().map(Object::toString).toList();
        assertThat(dates.out().strip()).isEqualTo("--dates " + String.join(",", planted));
        assertThat(ranges.out().lines().map(l -> l.split(" ")[1])).allMatch(planted::contains);
    }

    @Test
    void demo_command_runs_as_designed_and_exits_0() throws Exception {
        Cli.Run run = Cli.run(dir, "demo", "--dir", dir.resolve("demo").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(run.out()).contains("776/848", "A pipeline running this gate gets exit code 1",
                "✓ gate found exactly the 72 missing dates planted", "✓ gate found exactly the 402 missing dates planted",
                "✓ gate found exactly the 352 missing dates planted", "./preflight plan --suite",
                "✓ gate found exactly the 4 half-scraped dates planted (0 false positives)",
                "✓ gate found exactly the 7 dates of NULL drift planted (0 false positives)");
    }

    private static JsonNode check(JsonNode result, String table, String checkId) {
        for (JsonNode dataset : result.path("suites").get(0).path("datasets")) {
            if (dataset.path("table").asText().equals(table)) {
                for (JsonNode check : dataset.path("checks")) {
                    if (check.path("check").asText().equals(checkId)) {
                        return check;
                    }
                }
            }
        }
        throw new AssertionError("no check " + checkId + " on " + table);
    }

    private static List<String> dates(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode result) throws Exception {
        Path schema = Path.of("..", "docs", "gate-result.schema.json");
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(schema));
        return validator.validate(result);
    }
}
