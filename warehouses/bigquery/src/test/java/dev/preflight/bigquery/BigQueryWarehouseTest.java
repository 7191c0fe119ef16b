package dev.preflight.bigquery;

import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.SourceLocation;
import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.WarehouseException;
import dev.preflight.bigquery.BigQueryStubServer.Answer;
import dev.preflight.bigquery.BigQueryStubServer.Column;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real google-cloud-bigquery client against {@link BigQueryStubServer}: the REST calls, results, retries and errors. */
class BigQueryWarehouseTest {

    static final String PROJECT = "test-project";
    static final SourceLocation AT = new SourceLocation(URI.create("file:/suites/nba.yaml"), "suites/nba.yaml", 14, 3);
    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(40));

    static final Answer PER_DATE = new Answer(
            List.of(new Column("pf_date", "DATE"), new Column("m0", "INTEGER"), new Column("m1", "INTEGER"),
                    new Column("ratio", "FLOAT"), new Column("flag", "BOOLEAN"), new Column("team", "STRING")),
            List.of(row("2024-10-22", "12", "0", "0.5", "true", "BOS"),
                    row("2024-10-23", "30", "2", null, "false", "NYK"),
                    row("2024-10-24", "28", null, "1.25", null, null),
                    row("2024-10-25", "0", "0", "0", "true", "LAL"),
                    row("2024-10-26", "9007199254740993", "1", "2", "false", "GSW")),
            123_456_789L);

    BigQueryStubServer stub;
    List<BigQueryWarehouse> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        stub = BigQueryStubServer.start(sql -> {
            if (sql.contains("no_such_column")) {
                throw new BigQueryStubServer.StubError(400, "invalidQuery", "Unrecognized name: no_such_column at [1:8]");
            }
            return PER_DATE;
        });
    }

    @AfterEach
    void stop() {
        opened.forEach(BigQueryWarehouse::close);
        stub.close();
    }

    @Test
    void readsDatesAsLocalDatesAndIntegersAsLongsAcrossPages() {
        stub.pageSize(2);
        BigQueryWarehouse warehouse = open(Map.of("location", "US", "labels", "team=nba, env=ci"));

        QueryResult result = warehouse.execute(scan("SELECT 1"));

        assertThat(result.columns()).containsExactly("pf_date", "m0", "m1", "ratio", "flag", "team");
        assertThat(result.rows()).hasSize(5);
        assertThat(result.rows().get(0)).containsExactly(LocalDate.of(2024, 10, 22), 12L, 0L, 0.5, true, "BOS");
        assertThat(result.rows().get(2)).containsExactly(LocalDate.of(2024, 10, 24), 28L, null, 1.25, null, null);
        // Beyond a double's exact range: the string is parsed as a long, not through a double.
        assertThat(result.rows().get(4).get(1)).isEqualTo(9_007_199_254_740_993L);
        // Five rows at two a page: the first page, then two more by page token.
        assertThat(stub.requests("GET", "/data$")).extracting(r -> r.query().get("pageToken"))
                .containsExactly(null, "row-2", "row-4");
        assertThat(result.stats().bytesProcessed()).hasValue(123_456_789L);
        assertThat(result.stats().bytesBilled()).hasValue(BigQueryStubServer.billed(123_456_789L));
    }

    @Test
    void everyJobCarriesLabelsTheByteLimitATimeoutAndStandardSql() {
        BigQueryWarehouse warehouse = open(Map.of("location", "EU", "labels", "team=nba", "maximum_bytes_billed", "5 GiB",
                "timeout_seconds", "90", "dataset", "nba_analytics"));

        warehouse.execute(scan("SELECT 1"));

        var insert = stub.requests("POST", "/jobs$").get(0).json();
        var query = insert.path("configuration").path("query");
        assertThat(query.path("useLegacySql").asBoolean(true)).isFalse();
        assertThat(query.path("maximumBytesBilled").asLong()).isEqualTo(5L << 30);
        assertThat(query.path("defaultDataset").path("datasetId").asText()).isEqualTo("nba_analytics");
        assertThat(insert.path("configuration").path("jobTimeoutMs").asLong()).isEqualTo(90_000L);
        assertThat(insert.path("configuration").path("labels").toString())
                .contains("\"tool\":\"preflight\"", "\"team\":\"nba\"", "\"preflight_suite\":\"nba\"",
                        "\"preflight_kind\":\"scan\"", "\"preflight_dataset\":\"player_game_summary\"");
        assertThat(insert.path("jobReference").path("location").asText()).isEqualTo("EU");
        assertThat(insert.path("jobReference").path("jobId").asText()).startsWith("preflight_");
        // NoCredentials: the stub is never sent a token.
        assertThat(stub.requests()).allSatisfy(r -> assertThat(r.authorization()).isNull());
    }

    @Test
    void waitsForAJobThatIsStillRunning() {
        stub.pendingPolls(2);
        QueryResult result = open(Map.of()).execute(scan("SELECT 1"));
        assertThat(result.rows()).hasSize(5);
        assertThat(stub.requests("GET", "/queries/")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void retriesAFailedInsertUnderTheSameJobId() {
        stub.fail("POST", "/jobs$", 503, "backendError", "The service is currently unavailable.");

        assertThat(open(Map.of()).execute(scan("SELECT 1")).rows()).hasSize(5);

        // Same id: if the first insert had reached BigQuery, the second finds that job instead of running another.
        assertThat(insertedJobIds()).hasSize(2).containsOnly(insertedJobIds().get(0));
    }

    @Test
    void retriesARateLimitedInsert() {
        // BigQuery answers rate limits with HTTP 403: the reason, not the status, makes it transient.
        stub.fail("POST", "/jobs$", 403, "rateLimitExceeded", "Exceeded rate limits: too many api requests per user per method");

        assertThat(open(Map.of()).execute(scan("SELECT 1")).rows()).hasSize(5);
        assertThat(stub.requests("POST", "/jobs$")).hasSize(2);
    }

    @Test
    void retriesAJobThatFailedAsANewJob() {
        stub.fail("GET", "/queries/", 500, "backendError", "Backend error. Job aborted.");

        assertThat(open(Map.of()).execute(scan("SELECT 1")).rows()).hasSize(5);

        // A job id names one job for good: running the statement again needs a new one.
        assertThat(insertedJobIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) {
            stub.fail("POST", "/jobs$", 500, "internalError", "An internal error occurred and the request could not be completed.");
        }
        assertThatThrownBy(() -> open(Map.of()).execute(scan("SELECT 1")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("kept failing for player_game_summary after 3 attempts")
                .hasMessageContaining("internalError (HTTP 500)");
        assertThat(stub.requests("POST", "/jobs$")).hasSize(3);
    }

    @Test
    void aMissingJobPermissionIsNamedWithItsRoleAndNotRetried() {
        stub.fail("POST", "/jobs$", 403, "accessDenied",
                "Access Denied: Project test-project: User does not have bigquery.jobs.create permission in project test-project.");

        assertThatThrownBy(() -> open(Map.of()).execute(scan("SELECT 1")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("bigquery.jobs.create on project test-project — grant roles/bigquery.jobUser");
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    @Test
    void aMissingTablePermissionNamesTheDatasetToGrantOn() {
        stub.fail("GET", "/queries/", 403, "accessDenied", "Access Denied: Table test-project:nba_analytics.player_game_summary:"
                + " User does not have permission to query table test-project:nba_analytics.player_game_summary, or perhaps it does not exist.");

        assertThatThrownBy(() -> open(Map.of()).execute(scan("SELECT 1")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("bigquery.tables.getData on table test-project:nba_analytics.player_game_summary"
                        + " — grant roles/bigquery.dataViewer on dataset test-project:nba_analytics");
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    @Test
    void invalidSqlIsReportedOnceWithBigQuerysMessage() {
        assertThatThrownBy(() -> open(Map.of()).execute(scan("SELECT no_such_column")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("BigQuery rejected the SQL of player_game_summary")
                .hasMessageContaining("Unrecognized name: no_such_column");
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    @Test
    void aQueryOverTheByteBudgetIsRefusedAsSuch() {
        assertThatThrownBy(() -> open(Map.of("maximum_bytes_billed", "10 MiB")).execute(scan("SELECT 1")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("BigQuery refused player_game_summary because it would bill more than maximum_bytes_billed = 10 MiB")
                .hasMessageContaining("Query exceeded limit for bytes billed: 10485760. 123731968 or higher required.");
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    @Test
    void aSlowServerEndsInATimeoutThatSaysSo() {
        stub.hang("POST", "/jobs$");

        assertThatThrownBy(() -> open(Map.of("timeout_seconds", "1")).execute(scan("SELECT 1")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("player_game_summary took longer than timeout_seconds = 1 s")
                .hasMessageContaining("was cancelled");
    }

    @Test
    void aDryRunReportsTheBytesItWouldProcessAndRunsNothing() {
        BigQueryWarehouse warehouse = open(Map.of());

        assertThat(warehouse.dryRunBytes(scan("SELECT 1"))).hasValue(123_456_789L);

        var insert = stub.requests("POST", "/jobs$").get(0).json();
        assertThat(insert.path("configuration").path("dryRun").asBoolean()).isTrue();
        assertThat(stub.requests("GET", "/queries/|/data$")).isEmpty();
    }

    @Test
    void aDryRunOfInvalidSqlFails() {
        assertThatThrownBy(() -> open(Map.of()).dryRunBytes(scan("SELECT no_such_column")))
                .isInstanceOf(WarehouseException.class).hasMessageContaining("Unrecognized name: no_such_column");
    }

    @Test
    void columnsComeFromTheTableSchemaAndAMissingTableIsEmpty() {
        stub.table(PROJECT, "nba_analytics", "player_game_summary", List.of(new Column("game_date", "DATE"), new Column("points", "INTEGER")));
        BigQueryWarehouse warehouse = open(Map.of());

        assertThat(warehouse.columns(TableName.parse("nba_analytics.player_game_summary").orElseThrow()))
                .hasValue(Map.of("game_date", "DATE", "points", "INT64"));
        assertThat(warehouse.columns(TableName.parse("nba_analytics.no_such_table").orElseThrow())).isEmpty();
        assertThat(warehouse.columns(TableName.parse("bare").orElseThrow())).isEmpty();
    }

    @Test
    void tablesNearAMisspeltNameAreThoseOfItsDatasetNamedAsItIsWritten() {
        stub.table(PROJECT, "nba_analytics", "player_game_summary", List.of(new Column("game_date", "DATE")));
        stub.table(PROJECT, "nba_analytics", "team_offense_game_summary", List.of(new Column("game_date", "DATE")));
        stub.table(PROJECT, "nba_raw", "nbac_schedule", List.of(new Column("game_date", "DATE")));
        BigQueryWarehouse warehouse = open(Map.of());

        assertThat(warehouse.tablesNear(TableName.parse("nba_analytics.player_game_sumary").orElseThrow()))
                .containsExactly("nba_analytics.player_game_summary", "nba_analytics.team_offense_game_summary");
        assertThat(warehouse.tablesNear(TableName.parse(PROJECT + ".nba_raw.nbac_schedul").orElseThrow()))
                .containsExactly(PROJECT + ".nba_raw.nbac_schedule");
        assertThat(warehouse.tablesNear(TableName.parse("bare").orElseThrow())).as("no dataset to list").isEmpty();
    }

    @Test
    void theStatementLogRecordsBytesAndPassesDryRunsThrough() {
        StatementLog log = new StatementLog();
        var warehouse = log.observe(open(Map.of()));

        warehouse.execute(scan("SELECT 1"));
        assertThat(warehouse.dryRunBytes(scan("SELECT 1"))).hasValue(123_456_789L);

        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.failed()).isFalse();
            assertThat(entry.stats().bytesProcessed()).hasValue(123_456_789L);
            assertThat(entry.stats().bytesBilled()).hasValue(BigQueryStubServer.billed(123_456_789L));
        });
    }

    @Test
    void describeNamesTheProjectAndTheBudget() {
        assertThat(open(Map.of("location", "US")).describe())
                .isEqualTo("bigquery project test-project, location US, at most 100 GiB (107374182400 bytes) billed per query, via " + stub.host());
    }

    @Test
    void theProviderIsFoundByServiceLoader() {
        var warehouses = dev.preflight.warehouse.Warehouses.load(getClass().getClassLoader());
        try (var warehouse = warehouses.open(new WarehouseSpec("bigquery", Map.of("project", PROJECT, "host", stub.host()), AT))) {
            assertThat(warehouse.dialect().name()).isEqualTo("bigquery");
            assertThat(warehouse.execute(scan("SELECT 1")).rows()).hasSize(5);
        }
    }

    BigQueryWarehouse open(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("project", PROJECT);
        all.put("host", stub.host());
        BigQueryWarehouse warehouse = BigQueryWarehouse.open(BigQuerySettings.of(new WarehouseSpec("bigquery", all, AT)),
                BigQueryProvider.suiteName(new WarehouseSpec("bigquery", all, AT)), FAST);
        opened.add(warehouse);
        return warehouse;
    }

    List<String> insertedJobIds() {
        return stub.requests("POST", "/jobs$").stream().map(r -> r.json().path("jobReference").path("jobId").asText()).toList();
    }

    static Statement scan(String sql) {
        return new Statement(Statement.Kind.SCAN, "player_game_summary", sql);
    }

    static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
