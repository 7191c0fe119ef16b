package dev.preflight.reports;

import dev.preflight.result.GateResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Summary summary(String json, List<SummaryHistory.Run> history) throws Exception {
        return Summary.of(GateResult.read(JSON.readTree(json)), history, "2026-11-27 08:30 UTC", new Summary.AllureLink("allure/index.html", false));
    }

    @Test
    void should_put_the_verdict_and_its_reason_before_anything_else() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<div class=\"word\">BLOCKED</div>")
                .contains("a.blocking covers 8 of 10 expected dates (80.0%, needs &gt;= 95.0%), so job_<wbr>x must not run until it is backfilled; "
                        + "1 more table is degraded.");
        assertThat(html.indexOf("BLOCKED</div>")).isLessThan(html.indexOf("<h2>Tables</h2>"));
        // Rarer outcomes only when they occurred.
        assertThat(html).contains("Checks: 2 passed, 2 warned, 1 failed · gate verdict");
    }

    @Test
    void should_show_each_table_with_its_numbers_and_status() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<td class=\"coverage num fail\" title=\"covers 8 of 10 expected dates\">✗ 8/10 · 80.0% · 2 missing</td>")
                .contains("✓ 10/10 · 100.0%</td>")
                .contains("✓ 9/10 · 90.0% · 1 waived</td>")
                .contains("⚠ usage_rate 89.0% non-null (needs &gt;= 95.0%)</td>")
                .contains("<td class=\"status BLOCKING\">✗ blocking</td>")
                .contains("required by job_x");
    }

    @Test
    void should_draw_the_coverage_calendar_with_bootstrap_missing_and_waived_days_distinct() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-calendar\"")
                .contains("2024-01-01 → 2024-01-02: bootstrap (2 dates)")
                .contains("2024-01-05 → 2024-01-06: missing (2 dates)")
                .contains("2024-01-07: waived (1 date)")
                .contains("2024-01-08 → 2024-01-12: missing, fallback accepted (5 dates)")
                .contains("✗ a.blocking</text>", "⚠ a.degraded</text>", "✓ a.ready</text>")
                .contains("<b>Bootstrap</b> dates are each season's first days")
                .contains("Season 2024");
    }

    @Test
    void should_list_waivers_with_who_approved_them_until_when_and_fallbacks() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<td>a.waived</td><td>coverage</td><td>1 dates: 2024-01-07</td><td>source outage</td><td>ops-lead</td><td>2024-02-01</td>")
                .contains("<td>a.degraded</td><td>coverage</td><td>WARNED</td><td>synthetic context &lt;for now&gt; &amp; later</td>");
        // A warn-severity check without a fallback is a reason the gate is degraded, not a fallback.
        assertThat(html).doesNotContain("<td>null_rate(usage_rate)</td>")
                .contains("<li>⚠ degraded: null_rate(usage_rate) is 89.0% (needs &gt;= 95.0%) (ML training needs usage_rate)</li>");
    }

    @Test
    void should_lead_with_a_plain_headline_and_say_what_to_backfill_with_the_command() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<p class=\"headline\">job_<wbr>x must not run: blocking is missing 2 dates in 1 range.</p>")
                .contains("<div class=\"backfill\" data-table=\"a.blocking\">\n<h3>✗ a.blocking: 2 dates in 1 range</h3>")
                .contains("<li>2024-01-05 → 2024-01-06 (2 dates)</li>")
                .contains("<code>preflight plan --suite /suites/phase3_demo.yaml --warehouse '/data/my warehouse.duckdb' --table a.blocking"
                        + " --start-date 2024-01-01 --end-date 2024-01-12</code>");
        assertThat(html.indexOf("What to backfill")).isLessThan(html.indexOf("<h2>Tables</h2>"));
    }

    @Test
    void should_hide_columns_no_table_has_a_check_for() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).contains("<tr><th>Table</th><th>Coverage</th><th>Null rates</th><th>Status</th></tr>")
                .doesNotContain("<th>Duplicates</th>", "<th>Dependency gaps</th>", "<th>Other checks</th>");
    }

    @Test
    void should_need_nothing_from_outside_the_file() throws Exception {
        String html = HtmlSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import", "https://");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
        assertThat(html).contains("@media print");
    }

    @Test
    void should_show_the_trend_of_each_table_over_earlier_runs() throws Exception {
        SummaryHistory.Run earlier = new SummaryHistory.Run("a", "2026-11-26T08:00:00Z", "BLOCKED", java.util.Map.of(
                "a.blocking", new SummaryHistory.TableState("BLOCKING", 70.0)));
        Summary first = summary(GateJson.closed(), List.of());
        Summary second = summary(GateJson.closed(), List.of(earlier, SummaryHistory.of(first.run(), first.verdict(), "b", "2026-11-27T08:00:00Z")));

        assertThat(HtmlSummary.render(first)).contains("This is the first run");
        String html = HtmlSummary.render(second);
        assertThat(html).contains("<th>2026-11-26 08:00</th><th>2026-11-27 08:00</th>")
                .contains("<tr><td>a.blocking</td><td class=\"num fail\">70.0%</td><td class=\"num fail\">80.0%</td></tr>")
                .contains("<tr><td>a.ready</td><td class=\"none\">—</td><td class=\"num ok\">100.0%</td></tr>");
    }

    @Test
    void should_give_the_ml_readiness_verdict_only_when_that_suite_ran() throws Exception {
        assertThat(HtmlSummary.render(summary(GateJson.closed(), List.of()))).doesNotContain("ML training readiness");

        Summary ml = summary(GateJson.closed().replace("\"name\": \"phase3_demo\"", "\"name\": \"ml_training_readiness\""), List.of());

        assertThat(ml.ml()).hasValue(new Summary.MlReadiness("ml_training_readiness", "NOT READY",
                "training data fails on a.blocking: a.blocking covers 8 of 10 expected dates (80.0%, needs >= 95.0%)"));
        assertThat(HtmlSummary.render(ml)).contains("ML training readiness (ml_training_readiness): <b class=\"NOT_READY\">NOT READY</b>");
        assertThat(MarkdownSummary.render(ml)).contains("**ML training readiness:** NOT READY — training data fails on a.blocking");
    }

    @Test
    void should_say_what_the_markdown_says_for_a_ci_comment() throws Exception {
        String markdown = MarkdownSummary.render(summary(GateJson.closed(), List.of()));

        assertThat(markdown).startsWith("## ⛔ Preflight: **BLOCKED** · phase3_demo\n\n**job_x must not run: blocking is missing 2 dates in 1 range.**\n\n"
                        + "a.blocking covers 8 of 10 expected dates")
                .contains("### What to backfill: `a.blocking`, 2 dates in 1 range\n\n- 2024-01-05 → 2024-01-06 (2 dates)\n")
                .contains("```\npreflight plan --suite /suites/phase3_demo.yaml --warehouse '/data/my warehouse.duckdb' --table a.blocking"
                        + " --start-date 2024-01-01 --end-date 2024-01-12\n```")
                .contains("**Degraded, not blocking:**\n- ⚠ degraded: covers 5 of 10 expected dates")
                .contains("| `a.blocking` | ✗ 8/10 · 80.0% · 2 missing | — | ✗ blocking |\n")
                .contains("| `a.degraded` | ⚠ 5/10 · 50.0% · 5 missing | ⚠ usage_rate 89.0% non-null (needs >= 95.0%) | ⚠ degraded |\n")
                .contains("- `a.waived` coverage: 1 dates (2024-01-07), source outage, approved by ops-lead, until 2024-02-01\n")
                .contains("- `a.degraded` coverage (warned): synthetic context <for now> & later\n");
    }

    @Test
    void should_draw_a_trend_line_per_anomaly_series_kept_in_the_metric_history() throws Exception {
        // GIVEN the ready table with an anomaly check whose series comes from the metric history, one date flagged
        String anomaly = """
                {"check": "rows_per_game", "type": "anomaly", "severity": "warn", "outcome": "WARNED", "message": "anomalous on 1 date",
                 "observed": {"dates_judged": 3, "anomalous_dates": 1}, "missing_dates": [], "missing_ranges": [],
                 "anomalies": [{"date": "2024-01-11", "value": 15.0, "baseline": 26.0, "low": 20.8, "high": 31.2}],
                 "history_trend": {"metric": "rows_per_calendar_count", "points": [{"date": "2024-01-09", "value": 26.0},
                   {"date": "2024-01-10", "value": 25.0}, {"date": "2024-01-11", "value": 15.0}, {"date": "2024-01-12", "value": 26.5}]}}""";
        com.fasterxml.jackson.databind.JsonNode document = JSON.readTree(GateJson.closed());
        ((com.fasterxml.jackson.databind.node.ArrayNode) document.path("suites").get(0).path("datasets").get(0).path("checks"))
                .add(JSON.readTree(anomaly));
        String json = JSON.writeValueAsString(document);

        // WHEN the summary is rendered
        String html = HtmlSummary.render(summary(json, List.of()));

        // THEN one row with its sparkline: lowest value at the bottom, highest at the top, the flagged date a dot
        assertThat(html).contains("<h2>Metric trends</h2>", "<td>a.ready</td><td><code>rows_per_calendar_count</code></td>",
                "points=\"3.0,4.1 61.0,6.4 119.0,29.0 177.0,3.0\"", "<circle class=\"flagged\" cx=\"119.0\" cy=\"29.0\" r=\"2.5\">",
                "<td>2024-01-12: 26.50</td>");
    }

    @Test
    void should_leave_out_metric_trends_without_history() throws Exception {
        assertThat(HtmlSummary.render(summary(GateJson.closed(), List.of()))).doesNotContain("Metric trends");
    }
}
