package dev.preflight.checks.bigquery;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.DatasetId;
import com.google.cloud.bigquery.DatasetInfo;
import com.google.cloud.bigquery.QueryJobConfiguration;
import dev.preflight.check.CheckTypes;
import dev.preflight.execution.CostEstimate;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;
import dev.preflight.warehouse.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Real BigQuery, when this machine has a project and credentials for it: creates a scratch dataset with date-partitioned
 * tables that require a partition filter (the schedule too), runs a suite on it through the engine, dry-runs it, and
 * drops the dataset. Without {@code PREFLIGHT_BQ_PROJECT} and credentials it is reported as skipped, with the reason.
 *
 * <p>Environment: {@code PREFLIGHT_BQ_PROJECT} (required), {@code PREFLIGHT_BQ_CREDENTIALS} (a service-account key
 * file; otherwise Application Default Credentials from {@code GOOGLE_APPLICATION_CREDENTIALS} or gcloud's file),
 * {@code PREFLIGHT_BQ_LOCATION} (default US). The account needs roles/bigquery.jobUser and roles/bigquery.dataEditor
 * on the project: it creates and deletes its dataset. A run bills about 10 queries at the 10 MiB minimum.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BigQueryLiveTest {

    String project;
    String location;
    String keyFile;
    String dataset;
    BigQuery bigquery;

    @BeforeAll
    void scratchDataset() throws Exception {
        project = System.getenv("PREFLIGHT_BQ_PROJECT");
        keyFile = System.getenv("PREFLIGHT_BQ_CREDENTIALS");
        location = System.getenv().getOrDefault("PREFLIGHT_BQ_LOCATION", "US");
        Path gcloud = Path.of(System.getProperty("user.home"), ".config", "gcloud", "application_default_credentials.json");
        boolean credentials = keyFile != null || System.getenv("GOOGLE_APPLICATION_CREDENTIALS") != null || Files.isRegularFile(gcloud);
        // Checked before any client exists, so that a machine without them never probes for credentials.
        Assumptions.assumeTrue(project != null && !project.isBlank() && credentials,
                "live BigQuery test did not run: set PREFLIGHT_BQ_PROJECT to a project where a scratch dataset may be created, and"
                        + " credentials: PREFLIGHT_BQ_CREDENTIALS=<service-account key file>, GOOGLE_APPLICATION_CREDENTIALS, or"
                        + " gcloud auth application-default login");

        GoogleCredentials google;
        if (keyFile != null) {
            try (InputStream in = Files.newInputStream(Path.of(keyFile))) {
                google = ServiceAccountCredentials.fromStream(in);
            }
        } else {
            google = GoogleCredentials.getApplicationDefault();
        }
        bigquery = BigQueryOptions.newBuilder().setProjectId(project).setLocation(location).setCredentials(google).build().getService();
        dataset = "preflight_live_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        bigquery.create(DatasetInfo.newBuilder(DatasetId.of(project, dataset)).setLocation(location)
                .setDefaultTableLifetime(3_600_000L).setDescription("Preflight live test scratch; safe to delete").build());
        String dates = "FROM UNNEST(GENERATE_DATE_ARRAY(DATE '2024-10-22', DATE '2024-12-31')) AS d";
        String partitioned = " PARTITION BY game_date OPTIONS (require_partition_filter = TRUE) AS ";
        run("CREATE TABLE `" + project + "." + dataset + ".nbac_schedule`" + partitioned
                + "SELECT CONCAT('G', FORMAT_DATE('%Y%m%d', d)) AS game_id, d AS game_date, 2024 AS season_year,"
                + " TRUE AS is_regular_season, FALSE AS is_playoffs " + dates);
        run("CREATE TABLE `" + project + "." + dataset + ".complete`" + partitioned
                + "SELECT CONCAT('G', FORMAT_DATE('%Y%m%d', d)) AS game_id, d AS game_date, 101.5 AS pace " + dates);
        run("CREATE TABLE `" + project + "." + dataset + ".gappy`" + partitioned
                + "SELECT CONCAT('G', FORMAT_DATE('%Y%m%d', d)) AS game_id, d AS game_date " + dates
                + " WHERE EXTRACT(DAY FROM d) NOT BETWEEN 10 AND 20");
    }

    @AfterAll
    void dropDataset() {
        if (bigquery != null && dataset != null) {
            bigquery.delete(DatasetId.of(project, dataset), BigQuery.DatasetDeleteOption.deleteContents());
        }
    }

    @Test
    void aSuiteRunsOnPartitionFilteredTablesAndItsDryRunCostsSomething(@TempDir Path dir) throws Exception {
        Path suite = dir.resolve("live.yaml");
        Files.writeString(suite, String.join("\n",
                "preflight: 1",
                "name: live_bigquery",
                "parameters: {start_date: 2024-10-22, end_date: 2024-12-15}",
                "warehouse:",
                "  type: bigquery",
                "  project: " + project,
                "  dataset: " + dataset,
                "  location: " + location,
                "  labels: purpose=live-test",
                "  maximum_bytes_billed: 1 GiB",
                keyFile == null ? "" : "  credentials: " + keyFile,
                "calendar: {table: " + dataset + ".nbac_schedule, date_column: game_date, season_column: season_year, where: is_regular_season OR is_playoffs}",
                "seasons: {bootstrap_days: 14}",
                "datasets:",
                "  - table: " + dataset + ".complete",
                "    date_column: game_date",
                "    keys: [game_id]",
                "    checks:",
                "      - coverage: {min: 95}",
                "      - duplicates: {}",
                "      - null_rate: {column: pace, max: 0}",
                "      - row_count: {min: 1}",
                "  - table: " + dataset + ".gappy",
                "    date_column: game_date",
                "    checks:",
                "      - coverage: {min: 95}",
                ""));

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectFile(suite.toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(4).failed(1));
        assertThat(results.containerEvents().reportingEntryPublished().list()).anySatisfy(event ->
                assertThat(event.getRequiredPayload(org.junit.platform.engine.reporting.ReportEntry.class).getKeyValuePairs())
                        .containsKeys("preflight.bytes_processed", "preflight.bytes_billed"));

        SuiteParser.Parsed parsed = new SuiteParser(CheckTypes.load(getClass().getClassLoader()))
                .parse(Files.readString(suite), new SourceLocation(suite.toUri(), "live.yaml", 1, 1));
        CostEstimate estimate = CostEstimate.of(java.util.List.of(((SuiteParser.Parsed.Valid) parsed).suite()),
                Warehouses.load(getClass().getClassLoader()));
        assertThat(estimate.complete()).isTrue();
        assertThat(estimate.items()).hasSize(3);
        assertThat(estimate.totalBytesProcessed()).isPositive();
        System.out.println(estimate.render());
    }

    void run(String sql) throws InterruptedException {
        bigquery.query(QueryJobConfiguration.newBuilder(sql).setUseLegacySql(false).setLabels(Map.of("tool", "preflight-live-test")).build());
    }
}
