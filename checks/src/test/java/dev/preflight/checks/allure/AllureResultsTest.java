package dev.preflight.checks.allure;

import com.fasterxml.jackson.databind.JsonNode;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.util.ResultsUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.console.ConsoleLauncher;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * What the reports module's AllureListener adds to Allure results from the engine's report entries, through the real
 * Launcher with both auto-registered listeners, Allure's and ours (EngineTestKit would bypass them): labels, history ids, parameters, links, attachments, status messages and the
 * run-level files, the same from the Launcher (as the gate runs), a @Suite (as Surefire runs) and the ConsoleLauncher.
 */
class AllureResultsTest {

    private static final String KEY = "preflight:allure_fixture/t/";

    @TempDir
    Path dir;

    private Path warehouse;
    private AllureLifecycle previous;

    @BeforeEach
    void warehouse() throws Exception {
        warehouse = FixtureWarehouse.create(dir);
        previous = Allure.getLifecycle();
    }

    @AfterEach
    void restoreLifecycle() {
        Allure.setLifecycle(previous);
    }

    @Test
    void should_label_each_check_by_suite_dataset_type_severity_and_owner() throws Exception {
        AllureRun run = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));

        assertThat(run.results()).hasSize(3);
        JsonNode coverage = run.result("coverage");
        assertThat(AllureRun.labels(coverage, "parentSuite")).containsExactly("allure_fixture");
        assertThat(AllureRun.labels(coverage, "epic")).containsExactly("allure_fixture");
        assertThat(AllureRun.labels(coverage, "suite")).containsExactly("a.t");
        assertThat(AllureRun.labels(coverage, "feature")).containsExactly("a.t");
        assertThat(AllureRun.labels(coverage, "story")).containsExactly("coverage");
        assertThat(AllureRun.labels(coverage, "severity")).containsExactly("blocker");
        assertThat(AllureRun.labels(coverage, "owner")).containsExactly("data-team");
        assertThat(AllureRun.labels(coverage, "tag")).contains("nightly", "coverage");
        JsonNode nulls = run.result("null_rate(v)");
        assertThat(AllureRun.labels(nulls, "severity")).containsExactly("normal");
        assertThat(AllureRun.labels(nulls, "story")).containsExactly("null_rate");
    }

    @Test
    void should_give_parameters_and_a_description_naming_the_yaml_line_but_no_link_a_browser_cannot_open() throws Exception {
        AllureRun run = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));

        JsonNode coverage = run.result("coverage");
        assertThat(AllureRun.parameters(coverage)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "window", "2024-01-01..2024-01-20", "threshold", ">= 95.0%", "observed", "88.9%"));
        assertThat(coverage.path("links")).isEmpty();
        assertThat(coverage.path("descriptionHtml").asText()).contains("Required by: downstream_job")
                .containsPattern("Defined in <code>[^<]*allure_fixture.yaml</code> line 17");
    }

    @Test
    void should_attach_missing_dates_sql_per_date_metrics_and_a_coverage_calendar() throws Exception {
        AllureRun run = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));

        JsonNode coverage = run.result("coverage");
        assertThat(run.attachment(coverage, "missing dates (2)")).hasValue(
                "missing_date,range_first,range_last,range_dates\n2024-01-10,2024-01-10,2024-01-11,2\n2024-01-11,2024-01-10,2024-01-11,2\n");
        assertThat(run.attachment(coverage, "SQL: the one scan of a.t").orElseThrow()).contains("SELECT").contains("GROUP BY");
        String perDate = run.attachment(coverage, "per-date metrics").orElseThrow();
        assertThat(perDate.lines().findFirst().orElseThrow()).startsWith("date,calendar,");
        assertThat(perDate).contains("2024-01-01,bootstrap,1", "2024-01-10,expected,0", "2024-01-12,expected,1");
        String svg = run.attachment(coverage, "coverage calendar").orElseThrow();
        // 2 bootstrap dates, 7 present, 2 missing, 9 present: four runs of cells, each with its tooltip.
        assertThat(svg).startsWith("<svg").contains("2024-01-01 → 2024-01-02: bootstrap (2 dates)", "2024-01-03 → 2024-01-09: present (7 dates)",
                "2024-01-10 → 2024-01-11: missing (2 dates)", "2024-01-12 → 2024-01-20: present (9 dates)");
        assertThat(run.attachment(run.result("duplicates"), "missing dates")).isEmpty();
    }

    @Test
    void should_show_a_warning_as_a_warning_and_prefix_messages_for_categories() throws Exception {
        AllureRun run = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));

        JsonNode coverage = run.result("coverage");
        assertThat(coverage.path("status").asText()).isEqualTo("failed");
        assertThat(coverage.path("statusDetails").path("message").asText())
                .startsWith("[FAILED] coverage: a.t covers 16 of 18 expected dates (88.9%), below the 95.0% minimum");
        assertThat(coverage.path("statusDetails").has("trace")).as("a data finding carries no stack trace").isFalse();
        JsonNode nulls = run.result("null_rate(v)");
        // JUnit counts a warning as a success; Allure shows it broken (counted apart from passed), marked, tagged and categorised.
        assertThat(nulls.path("status").asText()).isEqualTo("broken");
        assertThat(nulls.path("name").asText()).startsWith("⚠ ");
        assertThat(AllureRun.labels(nulls, "tag")).contains("WARNED");
        assertThat(nulls.path("statusDetails").path("message").asText()).startsWith("[WARNED] null_rate: v of a.t is non-NULL in 15 of 18 rows");
        assertThat(run.result("duplicates").path("statusDetails").path("message").asText()).startsWith("[PASSED] duplicates: ");
    }

    @Test
    void should_write_environment_and_categories_that_match_the_messages() throws Exception {
        AllureRun run = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));

        assertThat(run.file("environment.properties")).contains("Suites=allure_fixture\n", "Window=2024-01-01..2024-01-20\n",
                "Warehouse=duckdb " + warehouse, "Suite\\ files=preflight/reports-fixture/allure_fixture.yaml\n", "Git\\ revision=", "Preflight\\ version=");
        JsonNode categories = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.file("categories.json"));
        assertThat(categories.findValuesAsText("name")).contains("Missing data (coverage below target)", "Null rate above limit", "Duplicates",
                "Dependency gaps", "Could not verify (warehouse)", "Warnings: below target, gate stays open (degraded)");
        // Each result in one category at most, so the categories count tests, not memberships.
        assertThat(categoriesOf(categories, run.result("coverage"))).containsExactly("Missing data (coverage below target)");
        assertThat(categoriesOf(categories, run.result("null_rate(v)"))).containsExactly("Warnings: below target, gate stays open (degraded)");
        assertThat(categoriesOf(categories, run.result("duplicates"))).isEmpty();
    }

    /** {@return the categories whose status and message regex match the result, as Allure's categories plugin matches them} */
    private static List<String> categoriesOf(JsonNode categories, JsonNode result) {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode category : categories) {
            boolean status = false;
            for (JsonNode matched : category.path("matchedStatuses")) {
                status |= matched.asText().equals(result.path("status").asText());
            }
            if (status && result.path("statusDetails").path("message").asText().matches(category.path("messageRegex").asText())) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }

    @Test
    void should_keep_one_history_id_per_check_whichever_entry_point_ran_it() throws Exception {
        AllureRun launcher = launch("launcher", selectClasspathResource(FixtureWarehouse.SUITE));
        AllureRun suite = launch("suite", selectClass(AllureFixtureSuite.class));
        AllureRun console = console("console");

        for (String check : List.of("coverage", "null_rate(v)", "duplicates")) {
            String expected = ResultsUtils.md5(KEY + check);
            assertThat(launcher.result(check).path("historyId").asText()).as(check).isEqualTo(expected);
            assertThat(suite.result(check).path("historyId").asText()).as(check).isEqualTo(expected);
            assertThat(console.result(check).path("historyId").asText()).as(check).isEqualTo(expected);
            assertThat(suite.result(check).path("testCaseId").asText()).isEqualTo(KEY + check);
        }
        // The unique ids do differ: the suite engine prefixes its own segments.
        assertThat(AllureRun.labels(suite.result("coverage"), "junit.platform.uniqueid").get(0)).startsWith("[engine:junit-platform-suite]");
    }

    private AllureRun launch(String name, DiscoverySelector selector) throws Exception {
        Path results = dir.resolve(name);
        AllureRun.writeTo(results);
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selector)
                .configurationParameter(FixtureWarehouse.WAREHOUSE_PATH, warehouse.toString()).build());
        return AllureRun.read(results);
    }

    private AllureRun console(String name) throws Exception {
        Path results = dir.resolve(name);
        AllureRun.writeTo(results);
        StringWriter out = new StringWriter();
        ConsoleLauncher.run(new PrintWriter(out), new PrintWriter(out), "execute", "--disable-banner", "--details=none",
                "--include-engine=preflight", "--select-resource=" + FixtureWarehouse.SUITE, "--config=" + FixtureWarehouse.WAREHOUSE_PATH + "=" + warehouse);
        return AllureRun.read(results);
    }

}
