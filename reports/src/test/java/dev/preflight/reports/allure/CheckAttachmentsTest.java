package dev.preflight.reports.allure;

import dev.preflight.engine.Constants;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attachments a check's Allure result gets are made from the engine's report entries alone: the result
 * document, the check's report details and its dataset's SQL and per-date counts.
 */
class CheckAttachmentsTest {

    private static final String RESULT = """
            {"suite": "s", "dataset": "t", "table": "a.t", "check": "coverage", "type": "coverage", "severity": "error",
             "outcome": "FAILED", "window": {"start": "2024-01-01", "end": "2024-01-05"},
             "missing_dates": ["2024-01-03", "2024-01-04"],
             "missing_ranges": [{"first": "2024-01-03", "last": "2024-01-04", "count": 2}], "waived_dates": []}""";
    private static final String PER_DATE = """
            {"metrics": ["row_count", "nulls \\"v\\""], "counts": {"2024-01-01": [3, 0], "2024-01-02": [4, 1], "2024-01-05": [2, 0]},
             "calendar": {"season_starts": ["2023-12-01"], "expected_dates": ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"],
                          "bootstrap_dates": ["2024-01-01"]}}""";

    private static CheckReport report(Map<String, String> dataset) {
        return CheckReport.of("[engine:preflight]/[check:coverage]", Map.of(Constants.RESULT, RESULT,
                Constants.REPORT, "{\"table_name\": \"t\", \"file\": \"s.yaml\", \"uri\": \"file:/s.yaml\", \"line\": 7}"), dataset);
    }

    @Test
    void should_list_each_missing_date_with_its_range() {
        assertThat(CheckAttachments.missingDates(report(Map.of()).result()))
                .isEqualTo("missing_date,range_first,range_last,range_dates\n2024-01-03,2024-01-03,2024-01-04,2\n2024-01-04,2024-01-03,2024-01-04,2\n");
    }

    @Test
    void should_give_every_calendar_date_and_date_with_rows_its_counts() {
        CheckReport report = report(Map.of(Constants.PER_DATE, PER_DATE, Constants.SQL, "SELECT 1"));

        assertThat(CheckAttachments.perDate(report.perDate())).isEqualTo("""
                date,calendar,"row_count","nulls ""v\"""
                2024-01-01,bootstrap,3,0
                2024-01-02,expected,4,1
                2024-01-03,expected,0,0
                2024-01-04,expected,0,0
                2024-01-05,expected,2,0
                """);
        assertThat(CheckAttachments.of(report)).extracting(CheckAttachments.Attachment::name)
                .containsExactly("missing dates (2)", "SQL: the one scan of a.t", "per-date metrics", "coverage calendar");
        assertThat(CheckAttachments.of(report).get(3).content()).contains("2024-01-03 → 2024-01-04: missing (2 dates)");
    }

    @Test
    void should_attach_no_scan_or_numbers_a_dataset_did_not_publish() {
        assertThat(CheckAttachments.of(report(Map.of()))).extracting(CheckAttachments.Attachment::name).containsExactly("missing dates (2)");
    }

    @Test
    void should_keep_one_history_key_per_suite_dataset_and_check() {
        assertThat(report(Map.of()).historyKey()).isEqualTo("preflight:s/t/coverage");
    }

    @Test
    void should_describe_the_suites_that_ran_in_the_environment_file() {
        String environment = RunFiles.environment(List.of(
                Map.of(Constants.SUITE_NAME, "s", Constants.SUITE_SOURCE, "suites/s.yaml", Constants.SUITE_WAREHOUSE, "duckdb /w.duckdb",
                        Constants.SUITE_WINDOW, "2024-01-01..2024-01-05"),
                Map.of(Constants.SUITE_NAME, "u", Constants.SUITE_SOURCE, "suites/u.yaml", Constants.SUITE_WAREHOUSE, "duckdb /w.duckdb",
                        Constants.SUITE_WINDOW, "2024-01-01..2024-01-05")));

        assertThat(environment).contains("Suites=s, u\n", "Suite\\ files=suites/s.yaml, suites/u.yaml\n", "Warehouse=duckdb /w.duckdb\n",
                "Window=2024-01-01..2024-01-05\n");
    }
}
