package dev.preflight.reports;

import dev.preflight.result.DatasetStatus;

import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.result.Outcome;


import static dev.preflight.reports.CalendarPicture.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stakeholder summary as one static HTML file: inline CSS and SVG, no script, no font or image from
 * anywhere, so it opens from a file, an e-mail or an artifact store, offline, and prints on A4 landscape.
 */
public final class HtmlSummary {

    private static final int TREND_RUNS = 10;

    /*
     * Plain block layout (no grid, no flex, no script) so e-mail clients that keep a <style> element render it, and
     * those that drop it still show the verdict first. Nothing may widen the page itself: long identifiers wrap, and
     * wide tables and the heatmap scroll inside their own box (.scroll), so a 390 px phone never scrolls sideways.
     */
    private static final String STYLE = """
            :root { --ok: #2e7d32; --warn: #b26a00; --fail: #c62828; --muted: #5f6b73; }
            * { box-sizing: border-box; }
            html, body { max-width: 100%; overflow-x: hidden; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2327;
                   margin: 0 auto; padding: 24px; max-width: 1280px; line-height: 1.4; overflow-wrap: anywhere; }
            h1 { font-size: 22px; margin: 0; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #dde3e6; padding-bottom: 4px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            .meta, .note { color: var(--muted); font-size: 13px; }
            .verdict { margin: 18px 0; padding: 16px 20px; border-radius: 6px; border-left: 10px solid; background: #f6f8f9; }
            .verdict .word { font-size: 34px; font-weight: 800; letter-spacing: 1px; }
            .verdict .headline { font-size: 20px; font-weight: 700; margin: 6px 0; }
            .verdict .why { font-size: 15px; margin: 6px 0; }
            .verdict.READY { border-color: var(--ok); } .verdict.READY .word { color: var(--ok); }
            .verdict.DEGRADED { border-color: var(--warn); } .verdict.DEGRADED .word { color: var(--warn); }
            .verdict.BLOCKED { border-color: var(--fail); } .verdict.BLOCKED .word { color: var(--fail); }
            .backfill { border: 1px solid #f1c7c7; border-left: 6px solid var(--fail); border-radius: 6px; padding: 8px 16px; margin: 10px 0; }
            .backfill ul { columns: 2 16em; margin: 6px 0; padding-left: 20px; }
            pre { background: #f0f3f5; padding: 8px 10px; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; font-size: 13px; }
            .ml { padding: 10px 16px; border: 1px solid #dde3e6; border-radius: 6px; }
            .ml b.READY { color: var(--ok); } .ml b.DEGRADED { color: var(--warn); } .ml b.NOT_READY { color: var(--fail); }
            .scroll { overflow-x: auto; max-width: 100%; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; overflow-wrap: normal; }
            table.datasets { min-width: 640px; }
            th, td { border: 1px solid #dde3e6; padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f3f5; }
            td.ok { color: var(--ok); } td.warn { color: var(--warn); font-weight: 600; } td.fail { color: var(--fail); font-weight: 700; }
            td.na, td.none { color: var(--muted); }
            td.status { white-space: nowrap; } td.status.READY { color: var(--ok); } td.status.DEGRADED { color: var(--warn); font-weight: 600; }
            td.status.BLOCKING, td.status.UNVERIFIED { color: var(--fail); font-weight: 700; }
            td.num { text-align: right; white-space: nowrap; }
            .required { color: var(--muted); font-size: 12px; }
            .calendar svg { max-width: none; height: auto; display: block; }
            .sparkline .flagged { fill: #7b3fa0; }
            footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
            @media (max-width: 600px) {
              body { padding: 12px; }
              h1 { font-size: 18px; }
              .verdict { padding: 12px 14px; border-left-width: 8px; }
              .verdict .word { font-size: 28px; }
              .verdict .headline { font-size: 17px; }
            }
            @media print {
              body { padding: 0; max-width: none; font-size: 11px; }
              section { break-inside: avoid; }
              .scroll { overflow: visible; }
              .calendar svg { max-width: 100%; }
              a { color: inherit; text-decoration: none; }
              @page { size: A4 landscape; margin: 12mm; }
            }
            """;

    private HtmlSummary() {
    }

    public static String render(Summary summary) {
        StringBuilder html = new StringBuilder(64 * 1024);
        Verdict verdict = summary.verdict();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape("Preflight: " + verdict.word() + " · " + summary.title())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>Preflight summary: ").append(escape(summary.title())).append("</h1>\n<p class=\"meta\">")
                .append(summary.window().isEmpty() ? "" : "Window " + escape(summary.window()) + " · ")
                .append("generated ").append(escape(summary.generatedAt()));
        allureLink(html, summary, " · ");
        html.append("</p></header>\n");

        html.append("<section id=\"verdict\" class=\"verdict ").append(verdict.word()).append("\">\n<div class=\"word\">")
                .append(verdict.word()).append("</div>\n<p class=\"headline\">").append(breakable(summary.headline())).append("</p>\n")
                .append("<p class=\"why\">").append(breakable(verdict.why())).append("</p>\n<p class=\"meta\">Checks: ")
                .append(escape(summary.counts())).append(" · gate verdict ").append(escape(summary.run().verdict())).append(", exit code ")
                .append(summary.run().exitCode()).append("</p>\n</section>\n");

        if (!summary.overrides().isEmpty()) {
            html.append("<section id=\"overrides\" class=\"ml\"><b>Gate closed, run past with --skip-preflight</b> by ")
                    .append(summary.overrides().stream().map(CalendarPicture::escape).collect(java.util.stream.Collectors.joining("; by ")))
                    .append("</section>\n");
        }
        backfills(html, summary);
        degraded(html, summary);
        summary.ml().ifPresent(ml -> html.append("<section id=\"ml\" class=\"ml\">ML training readiness (").append(escape(ml.suite()))
                .append("): <b class=\"").append(ml.word().replace(' ', '_')).append("\">").append(escape(ml.word())).append("</b> — ")
                .append(escape(ml.why())).append("</section>\n"));

        tables(html, summary);
        calendars(html, summary);
        metricTrends(html, summary);
        waivers(html, summary);
        fallbacks(html, summary);
        trend(html, summary);

        html.append("<footer>");
        allureLink(html, summary, "");
        summary.run().warnings().forEach(w -> html.append("<br>Warning: ").append(escape(w)));
        summary.run().unverified().forEach(u -> html.append("<br>Could not verify: ").append(escape(u)));
        html.append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void allureLink(StringBuilder html, Summary summary, String before) {
        Summary.AllureLink link = summary.allure();
        if (link.href().isEmpty()) {
            return;
        }
        html.append(before).append("Every check with its SQL, missing dates and per-date metrics: <a class=\"allure\" href=\"")
                .append(escape(link.href())).append("\">the Allure report</a>")
                .append(link.opensFromDisk() ? "" : " (serve its folder over HTTP, or write it with <code>preflight report --single-file</code>)");
    }

    /** One block per blocking table: the ranges to backfill and the command that prints them as a backfill job's arguments. */
    private static void backfills(StringBuilder html, Summary summary) {
        if (summary.backfills().isEmpty()) {
            return;
        }
        html.append("<section id=\"backfill\">\n<h2>What to backfill</h2>\n");
        for (Backfill backfill : summary.backfills()) {
            html.append("<div class=\"backfill\" data-table=\"").append(escape(backfill.table())).append("\">\n<h3>✗ ")
                    .append(breakable(backfill.table()));
            if (!backfill.ranges().isEmpty()) {
                html.append(": ").append(escape(backfill.size()));
            }
            html.append("</h3>\n");
            for (String finding : backfill.findings()) {
                html.append("<p>Fails ").append(escape(finding)).append("</p>\n");
            }
            if (!backfill.ranges().isEmpty()) {
                html.append("<ul class=\"ranges\">");
                backfill.ranges().forEach(range -> html.append("<li>").append(escape(Backfill.range(range))).append("</li>"));
                html.append("</ul>\n<p class=\"note\">The same ranges as backfill arguments, one per line:</p>\n<pre><code>")
                        .append(escape(backfill.command())).append("</code></pre>\n");
            }
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private static void degraded(StringBuilder html, Summary summary) {
        if (summary.degradedReasons().isEmpty()) {
            return;
        }
        html.append("<section id=\"degraded\">\n<h2>Degraded, not blocking</h2>\n<ul>\n");
        summary.degradedReasons().forEach(reason -> html.append("<li>⚠ ").append(escape(reason)).append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }

    private static void tables(StringBuilder html, Summary summary) {
        List<SummaryTable.Column> columns = summary.columns();
        html.append("<section id=\"tables\">\n<h2>Tables</h2>\n");
        for (SuiteOutcome suite : summary.run().suites()) {
            html.append("<h3>").append(escape(suite.name())).append(suite.window().isEmpty() ? "" : " <span class=\"note\">window " + escape(suite.window()) + "</span>")
                    .append("</h3>\n");
            for (String problem : suite.problems()) {
                html.append("<p class=\"fail\">✗ ").append(escape(problem)).append("</p>\n");
            }
            List<SummaryTable.Row> rows = summary.rows().stream().filter(r -> r.suite().equals(suite.name())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            html.append("<div class=\"scroll\"><table class=\"datasets\">\n<tr><th>Table</th>");
            columns.forEach(column -> html.append("<th>").append(column.heading()).append("</th>"));
            html.append("<th>Status</th></tr>\n");
            for (SummaryTable.Row row : rows) {
                html.append("<tr data-table=\"").append(escape(row.table())).append("\"><td class=\"table\">").append(breakable(row.table()));
                if (!row.requiredBy().isEmpty()) {
                    html.append("<div class=\"required\">required by ").append(escape(String.join(", ", row.requiredBy()))).append("</div>");
                }
                html.append("</td>");
                columns.forEach(column -> cell(html, column.css(), column.of(row)));
                html.append("<td class=\"status ").append(escape(row.status().name())).append("\">").append(escape(row.statusLabel())).append("</td></tr>\n");
            }
            html.append("</table></div>\n");
        }
        html.append("</section>\n");
    }

    private static void cell(StringBuilder html, String kind, SummaryTable.Cell cell) {
        html.append("<td class=\"").append(kind).append(' ').append(cell.state()).append("\"");
        if (!cell.title().isEmpty()) {
            html.append(" title=\"").append(escape(cell.title())).append("\"");
        }
        html.append(">").append(cell.mark().isEmpty() ? "" : cell.mark() + " ").append(escape(cell.text())).append("</td>");
    }

    private static void calendars(StringBuilder html, Summary summary) {
        html.append("<section id=\"calendar\" class=\"calendar\">\n<h2>Coverage calendar</h2>\n")
                .append("<p class=\"note\">One column per date of the expected calendar, grouped by season; each row starts with its table's status "
                        + "(✓ ready, ⚠ degraded, ✗ blocking). Red dates block the gate; pale red dates are missing too, but the table only "
                        + "warns (a fallback accepts them); amber dates are waived. <b>Bootstrap</b> dates are each season's first days, when "
                        + "the tables cannot have data yet (the suite's <code>seasons.bootstrap_days</code>): they are not expected and do not "
                        + "count against coverage. <b>Purple</b> dates have rows, but an anomaly check found them out of line with the "
                        + "dates before them (a half-scraped day).</p>\n");
        for (SuiteOutcome suite : summary.run().suites()) {
            List<CalendarPicture.Row> rows = new ArrayList<>();
            suite.calendar().ifPresent(calendar -> {
                for (DatasetOutcome dataset : suite.datasets()) {
                    dataset.coverage().ifPresent(coverage -> rows.add(new CalendarPicture.Row(statusMark(dataset.status()) + " " + dataset.table(),
                            DayState.classify(calendar.expected(), calendar.bootstrap(), coverage.missingDates(), coverage.waivedDates(),
                                    coverage.is(Outcome.WARNED), anomalous(dataset)))));
                }
            });
            if (suite.calendar().isEmpty()) {
                html.append("<p class=\"note\">").append(escape(suite.name()))
                        .append(": no calendar in the gate result; run the gate with <code>--per-date</code> for this picture.</p>\n");
            } else if (!rows.isEmpty()) {
                html.append("<h3>").append(escape(suite.name())).append("</h3>\n<div class=\"scroll\">")
                        .append(CalendarPicture.svg("Coverage calendar of " + suite.name(), suite.calendar().get().seasonStarts(), rows))
                        .append("</div>\n");
            }
        }
        html.append("</section>\n");
    }

    /** One trend line per series an anomaly check keeps in the suite's metric history; no section without history. */
    private static void metricTrends(StringBuilder html, Summary summary) {
        StringBuilder rows = new StringBuilder();
        for (SuiteOutcome suite : summary.run().suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                for (CheckOutcome check : dataset.checksOfType("anomaly")) {
                    com.fasterxml.jackson.databind.JsonNode trend = check.document().path("history_trend");
                    List<Sparkline.Point> points = Sparkline.points(trend);
                    if (points.size() < 2) {
                        continue;
                    }
                    java.util.Set<String> flagged = new java.util.HashSet<>();
                    check.document().path("anomalies").forEach(a -> flagged.add(a.path("date").asText()));
                    String metric = trend.path("metric").asText();
                    Sparkline.Point last = points.get(points.size() - 1);
                    rows.append("<tr><td>").append(escape(dataset.table())).append("</td><td><code>").append(escape(metric))
                            .append("</code></td><td>").append(Sparkline.svg(dataset.table() + " " + metric + ", " + points.get(0).date() + ".."
                                    + last.date(), points, flagged))
                            .append("</td><td>").append(escape(last.date())).append(": ")
                            .append(escape(String.format(java.util.Locale.ROOT, "%.2f", last.value()))).append("</td></tr>\n");
                }
            }
        }
        if (rows.length() == 0) {
            return;
        }
        html.append("<section id=\"metric-trends\">\n<h2>Metric trends</h2>\n<p class=\"note\">The last dates of each series an anomaly "
                        + "check keeps in the suite's metric history (earlier runs and this one), oldest on the left; dots are the dates it "
                        + "flagged.</p>\n<table class=\"trends\">\n<tr><th>Table</th><th>Metric</th><th>Series</th><th>Latest</th></tr>\n")
                .append(rows).append("</table>\n</section>\n");
    }

    /** {@return the dates any anomaly check of the dataset flagged} */
    private static List<java.time.LocalDate> anomalous(DatasetOutcome dataset) {
        List<java.time.LocalDate> dates = new ArrayList<>();
        for (CheckOutcome check : dataset.checksOfType("anomaly")) {
            check.document().path("anomalies").forEach(a -> dates.add(java.time.LocalDate.parse(a.path("date").asText())));
        }
        return dates;
    }

    /** {@return escaped text that a narrow screen may break after an underscore, where identifiers read best split} */
    static String breakable(String text) {
        return escape(text).replace("_", "_<wbr>");
    }

    /** {@return the status's mark alone, e.g. "✗"} */
    static String statusMark(DatasetStatus status) {
        return status.label().substring(0, 1);
    }

    private static void waivers(StringBuilder html, Summary summary) {
        html.append("<section id=\"waivers\">\n<h2>Waived</h2>\n");
        if (summary.waivers().isEmpty()) {
            html.append("<p>Nothing is waived: every missing date counts.</p>\n");
        } else {
            html.append("<div class=\"scroll\"><table>\n<tr><th>Table</th><th>Check</th><th>Dates</th><th>Reason</th><th>Approved by</th><th>Until</th></tr>\n");
            for (SummaryTable.Waived waived : summary.waivers()) {
                html.append("<tr><td>").append(escape(waived.table())).append("</td><td>").append(escape(waived.check())).append("</td><td>")
                        .append(waived.dates()).append(" dates").append(waived.which().isEmpty() ? "" : ": " + escape(waived.which())).append("</td><td>")
                        .append(escape(waived.reason())).append("</td><td>").append(escape(waived.approvedBy())).append("</td><td>")
                        .append(escape(waived.expires())).append(waived.expired() ? " <b class=\"fail\">expired</b>" : "").append("</td></tr>\n");
            }
            html.append("</table></div>\n");
        }
        html.append("</section>\n");
    }

    /** Only checks that declare a fallback; without any, the section is left out (a warning's reason is under "Degraded"). */
    private static void fallbacks(StringBuilder html, Summary summary) {
        if (summary.fallbacks().isEmpty()) {
            return;
        }
        html.append("<section id=\"fallbacks\">\n<h2>Fallbacks</h2>\n")
                .append("<p class=\"note\">These checks degrade the gate instead of blocking it, because downstream jobs have a fallback.</p>\n")
                .append("<div class=\"scroll\"><table>\n<tr><th>Table</th><th>Check</th><th>Outcome</th><th>Fallback</th></tr>\n");
        for (SummaryTable.Fallback fallback : summary.fallbacks()) {
            html.append("<tr><td>").append(escape(fallback.table())).append("</td><td>").append(escape(fallback.check())).append("</td><td>")
                    .append(escape(fallback.outcome().name())).append("</td><td>").append(escape(fallback.note())).append("</td></tr>\n");
        }
        html.append("</table></div>\n</section>\n");
    }

    private static void trend(StringBuilder html, Summary summary) {
        List<SummaryHistory.Run> runs = summary.history().subList(Math.max(0, summary.history().size() - TREND_RUNS), summary.history().size());
        html.append("<section id=\"trend\">\n<h2>Trend</h2>\n");
        if (runs.size() < 2) {
            html.append("<p>This is the first run in this report's history; the next ones will show here.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">Coverage per table over the last ").append(runs.size()).append(" runs, oldest first.</p>\n<div class=\"scroll\"><table class=\"trend\">\n<tr><th>Run</th>");
        for (SummaryHistory.Run run : runs) {
            html.append("<th>").append(escape(shortTime(run.recordedAt()))).append("</th>");
        }
        html.append("</tr>\n<tr><td>Verdict</td>");
        for (SummaryHistory.Run run : runs) {
            String state = run.verdict().equals(Verdict.READY) ? "ok" : run.verdict().equals(Verdict.DEGRADED) ? "warn" : "fail";
            html.append("<td class=\"").append(state).append("\">").append(escape(run.verdict())).append("</td>");
        }
        html.append("</tr>\n");
        for (String table : runs.get(runs.size() - 1).tables().keySet()) {
            html.append("<tr><td>").append(escape(table)).append("</td>");
            for (SummaryHistory.Run run : runs) {
                SummaryHistory.TableState state = run.tables().get(table);
                if (state == null) {
                    html.append("<td class=\"none\">—</td>");
                    continue;
                }
                String css = state.status().equals(DatasetStatus.READY.name()) ? "ok"
                        : state.status().equals(DatasetStatus.DEGRADED.name()) ? "warn" : "fail";
                html.append("<td class=\"num ").append(css).append("\">")
                        .append(state.coveragePercent() == null ? escape(state.status().toLowerCase(Locale.ROOT)) : SummaryTable.percent(state.coveragePercent()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n</section>\n");
    }

    /** {@return "2026-11-27 08:30" from an ISO instant} */
    static String shortTime(String instant) {
        return instant.length() >= 16 ? instant.substring(0, 10) + " " + instant.substring(11, 16) : instant;
    }
}
