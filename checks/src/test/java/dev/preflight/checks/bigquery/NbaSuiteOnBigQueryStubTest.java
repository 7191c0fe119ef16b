package dev.preflight.checks.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.check.CheckTypes;
import dev.preflight.suite.Suite;
import dev.preflight.execution.CostEstimate;
import dev.preflight.model.ParameterSource;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;
import dev.preflight.warehouse.Warehouses;
import dev.preflight.bigquery.BigQueryStubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * The shipped NBA suite, run by the preflight engine twice on the same data: once on DuckDB directly, once through
 * the real BigQuery client against the local REST stub, whose answers come from running the very SQL the BigQuery
 * dialect sent on the same DuckDB file. The verdicts, and every check's result document, must be identical.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NbaSuiteOnBigQueryStubTest {

    static final String SUITE = "preflight/nba/phase3_for_phase4.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    Path fixture;
    DuckDbBackedBigQuery engine;
    BigQueryStubServer stub;
    EngineExecutionResults onDuckDb;
    EngineExecutionResults onBigQuery;

    /** A check's verdict: its test status and its published outcome and result document. */
    record Verdict(TestExecutionResult.Status status, String outcome, JsonNode result) {
    }

    @BeforeAll
    void runBoth(@TempDir Path dir) throws Exception {
        fixture = NbaFixture.create(dir.resolve("nba.duckdb"));
        onDuckDb = EngineTestKit.engine("preflight").selectors(selectClasspathResource(SUITE))
                .configurationParameter("preflight.warehouse.path", fixture.toString())
                .execute();

        engine = new DuckDbBackedBigQuery(fixture);
        stub = BigQueryStubServer.start(engine).pageSize(400);
        NbaSchemas.TABLES.forEach(t -> stub.table(NbaSchemas.PROJECT, t.dataset(), t.table(), t.columns().stream()
                .map(c -> new BigQueryStubServer.Column(c.name(), c.type())).toList()));
        var run = EngineTestKit.engine("preflight").selectors(selectClasspathResource(SUITE));
        bigQuerySettings().forEach(run::configurationParameter);
        onBigQuery = run.execute();
    }

    @AfterAll
    void stop() throws Exception {
        if (stub != null) {
            stub.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    Map<String, String> bigQuerySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("preflight.warehouse.type", "bigquery");
        // The suite's DuckDB 'path' is switched off: a blank setting counts as not set.
        settings.put("preflight.warehouse.path", "");
        settings.put("preflight.warehouse.project", NbaSchemas.PROJECT);
        settings.put("preflight.warehouse.location", "US");
        settings.put("preflight.warehouse.labels", "team=nba-data");
        settings.put("preflight.warehouse.host", stub.host());
        return settings;
    }

    @Test
    void theVerdictsOnBigQueryEqualThoseOnDuckDb() {
        Map<String, Verdict> duck = verdicts(onDuckDb);
        Map<String, Verdict> bigquery = verdicts(onBigQuery);

        assertThat(duck).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bigquery).isEqualTo(duck);
        // The incident's shape: two complete tables, a failing one, and two whose gaps only warn.
        assertThat(bigquery).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().outcome()).contains(
                "player_game_summary/coverage=PASSED",
                "team_offense_game_summary/coverage=PASSED",
                "team_defense_game_summary/coverage=FAILED",
                "upcoming_player_game_context/coverage=WARNED",
                "upcoming_team_game_context/coverage=WARNED");
        // The suite's duplicate count on the fixture's re-run rows, when the suite has that check.
        if (bigquery.containsKey("player_game_summary/duplicates")) {
            assertThat(bigquery.get("player_game_summary/duplicates").outcome()).isEqualTo("WARNED");
        }
        assertThat(bigquery.get("team_defense_game_summary/coverage").result().path("missing_ranges")).isNotEmpty();
    }

    @Test
    void bigQueryRanOneCalendarStatementAndOneScanPerDatasetThroughJobs() {
        List<String> sent = engine.received();
        assertThat(sent).hasSize(6);
        assertThat(sent.get(0)).isEqualTo("SELECT `game_date`, `season_year`, COUNT(DISTINCT `game_id`) FROM `nba-props-platform.nba_raw.nbac_schedule`"
                + " WHERE `game_date` <= DATE '2026-01-03' AND (is_regular_season OR is_playoffs) GROUP BY 1, 2");
        assertThat(sent.subList(1, 6)).allSatisfy(sql -> assertThat(sql)
                .contains("FROM `nba-props-platform.nba_analytics.")
                .contains("WHERE `game_date` BETWEEN DATE '2021-10-19' AND DATE '2026-01-03'"));
        assertThat(stub.requests("POST", "/jobs$")).hasSize(6).allSatisfy(r -> {
            JsonNode configuration = r.json().path("configuration");
            assertThat(configuration.path("query").path("maximumBytesBilled").asLong()).isEqualTo(100L << 30);
            assertThat(configuration.path("labels").path("tool").asText()).isEqualTo("preflight");
            assertThat(configuration.path("labels").path("preflight_suite").asText()).isEqualTo("phase3_for_phase4");
            assertThat(configuration.path("labels").path("team").asText()).isEqualTo("nba-data");
        });
        // Around 1,000 dates a scan at 400 rows a page: results really were paged.
        assertThat(stub.requests("GET", "/data$").stream().filter(r -> r.query().containsKey("pageToken"))).isNotEmpty();
    }

    @Test
    void datasetsPublishTheBytesTheirScanProcessedAndWasBilledOnlyOnBigQuery(TestReporter reporter) {
        Map<String, Map<String, String>> bigquery = datasetEntries(onBigQuery);
        Map<String, Map<String, String>> duck = datasetEntries(onDuckDb);

        assertThat(bigquery).hasSize(5).allSatisfy((dataset, entries) -> {
            assertThat(Long.parseLong(entries.get("preflight.bytes_processed"))).isPositive();
            assertThat(Long.parseLong(entries.get("preflight.bytes_billed"))).isGreaterThanOrEqualTo(10L << 20);
        });
        assertThat(duck).hasSize(5).allSatisfy((dataset, entries) ->
                assertThat(entries).doesNotContainKeys("preflight.bytes_processed", "preflight.bytes_billed"));
        bigquery.forEach((dataset, entries) -> reporter.publishEntry("run." + dataset,
                entries.get("preflight.bytes_processed") + " processed, " + entries.get("preflight.bytes_billed") + " billed"));
    }

    @Test
    void theDryRunEstimatesEveryStatementAndMatchesWhatTheRunProcessed(TestReporter reporter) throws Exception {
        Map<String, String> overrides = new TreeMap<>();
        bigQuerySettings().forEach((k, v) -> overrides.put(k.substring("preflight.warehouse.".length()), v));
        Suite suite = parse(overrides);
        int before = stub.requests("POST", "/jobs$").size();

        CostEstimate estimate = CostEstimate.of(List.of(suite), Warehouses.load(getClass().getClassLoader()));

        assertThat(estimate.complete()).isTrue();
        assertThat(estimate.items()).hasSize(6);
        assertThat(stub.requests("POST", "/jobs$").subList(before, before + 6))
                .allSatisfy(r -> assertThat(r.json().path("configuration").path("dryRun").asBoolean()).isTrue());
        // The dry run and the real run read the same SQL, so the stub reports the same bytes for each dataset.
        Map<String, Map<String, String>> ran = datasetEntries(onBigQuery);
        estimate.items().stream().filter(i -> !i.statement().label().equals("calendar")).forEach(item ->
                assertThat(String.valueOf(item.bytesProcessed().getAsLong()))
                        .isEqualTo(ran.get(item.statement().label()).get("preflight.bytes_processed")));
        assertThat(estimate.totalBytesBilled()).isEqualTo(6 * (10L << 20));
        assertThat(estimate.estimatedUsd()).isPositive();
        reporter.publishEntry("dry_run", System.lineSeparator() + estimate.render());
        estimate.bytesByStatement().forEach((key, bytes) -> reporter.publishEntry("dry_run." + key, String.valueOf(bytes)));

        CostEstimate onDuck = CostEstimate.of(List.of(parse(Map.of("path", fixture.toString()))), Warehouses.load(getClass().getClassLoader()));
        assertThat(onDuck.complete()).isFalse();
        assertThat(onDuck.items()).hasSize(6).allSatisfy(i -> assertThat(i.bytesProcessed()).isEmpty());
        assertThat(onDuck.render()).contains("not estimated");
    }

    static Suite parse(Map<String, String> warehouseOverrides) throws IOException, URISyntaxException {
        SuiteParser parser = new SuiteParser(CheckTypes.load(NbaSuiteOnBigQueryStubTest.class.getClassLoader()),
                ParameterSource.none(), warehouseOverrides, Clock.systemDefaultZone());
        var url = NbaSuiteOnBigQueryStubTest.class.getClassLoader().getResource(SUITE);
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            SuiteParser.Parsed parsed = parser.parse(reader, new SourceLocation(url.toURI(), SUITE, 1, 1));
            assertThat(parsed).isInstanceOf(SuiteParser.Parsed.Valid.class);
            return ((SuiteParser.Parsed.Valid) parsed).suite();
        }
    }

    /** {@return each check's verdict, by {@code dataset/check}} */
    static Map<String, Verdict> verdicts(EngineExecutionResults results) {
        Map<String, Verdict> verdicts = new TreeMap<>();
        for (Event finished : results.testEvents().finished().list()) {
            TestDescriptor test = finished.getTestDescriptor();
            Map<String, String> entries = entries(results, test);
            verdicts.put(key(test), new Verdict(finished.getRequiredPayload(TestExecutionResult.class).getStatus(),
                    entries.get("preflight.outcome"), json(entries.get("preflight.result"))));
        }
        return verdicts;
    }

    /** {@return the report entries of each dataset container, by dataset id} */
    static Map<String, Map<String, String>> datasetEntries(EngineExecutionResults results) {
        Map<String, Map<String, String>> datasets = new TreeMap<>();
        for (Event event : results.containerEvents().reportingEntryPublished().list()) {
            TestDescriptor container = event.getTestDescriptor();
            if (last(container, "dataset") != null) {
                datasets.computeIfAbsent(last(container, "dataset"), k -> new TreeMap<>())
                        .putAll(event.getRequiredPayload(ReportEntry.class).getKeyValuePairs());
            }
        }
        return datasets;
    }

    static Map<String, String> entries(EngineExecutionResults results, TestDescriptor test) {
        Map<String, String> entries = new TreeMap<>();
        results.testEvents().reportingEntryPublished().list().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().equals(test.getUniqueId()))
                .forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
        return entries;
    }

    static String key(TestDescriptor test) {
        return last(test, "dataset") + "/" + last(test, "check");
    }

    static String last(TestDescriptor descriptor, String type) {
        return descriptor.getUniqueId().getSegments().stream().filter(s -> s.getType().equals(type))
                .map(s -> s.getValue()).reduce((a, b) -> b).orElse(null);
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
