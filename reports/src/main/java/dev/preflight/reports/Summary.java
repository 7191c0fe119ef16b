package dev.preflight.reports;

import dev.preflight.result.Outcome;

import dev.preflight.result.DatasetStatus;

import dev.preflight.result.GateResult;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.SuiteOutcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the stakeholder summary says, computed once from a gate result and the history, then rendered as
 * HTML ({@link HtmlSummary}) and Markdown ({@link MarkdownSummary}).
 *
 * @param history earlier runs and this one, oldest first
 * @param generatedAt when the summary was written, for people
 * @param headline the first sentence, in a stakeholder's words ({@link Headline})
 * @param backfills what each blocking table needs before the gate opens
 * @param degradedReasons each warning of a degraded table, in a few words
 * @param allure the link to the Allure report, or {@link AllureLink#NONE}
 * @param overrides who ran past this closed gate with {@code preflight run --skip-preflight}, when and why, one line each
 */
public record Summary(GateResult run, Verdict verdict, String headline, List<Backfill> backfills, List<String> degradedReasons,
                      List<SummaryTable.Row> rows, List<SummaryTable.Waived> waivers,
                      List<SummaryTable.Fallback> fallbacks, Optional<MlReadiness> ml, List<SummaryHistory.Run> history,
                      String generatedAt, AllureLink allure, List<String> overrides) {

    /**
     * Where the summary points for detail. The multi-file report loads its data with XHR, which a browser refuses
     * from {@code file:}, so a link that must work from disk (an e-mail attachment, an artifact) goes to the
     * single-file report when there is one.
     *
     * @param href relative to the summary, or empty for no link
     * @param opensFromDisk whether the page works opened as a file
     */
    public record AllureLink(String href, boolean opensFromDisk) {
        public static final AllureLink NONE = new AllureLink("", false);
    }

    /** The ML training verdict, when a suite about it ran (named {@code ml_…} or {@code …readiness…}). */
    public record MlReadiness(String suite, String word, String why) {
    }

    public static Summary of(GateResult run, List<SummaryHistory.Run> history, String generatedAt, AllureLink allure) {
        return of(run, List.of(), history, generatedAt, allure);
    }

    /** @param overrides the gate.json's {@code overrides}, one line each ({@link GateFile#overrides}) */
    public static Summary of(GateResult run, List<String> overrides, List<SummaryHistory.Run> history, String generatedAt, AllureLink allure) {
        return new Summary(run, Verdict.of(run), Headline.of(run), Backfill.of(run), SummaryTable.degradedReasons(run), SummaryTable.rows(run),
                SummaryTable.waivers(run), SummaryTable.fallbacks(run), ml(run), List.copyOf(history), generatedAt, allure, List.copyOf(overrides));
    }

    /** {@return the optional columns some table has a check for} */
    public List<SummaryTable.Column> columns() {
        return SummaryTable.columns(rows);
    }

    public String title() {
        return run.suites().stream().map(SuiteOutcome::name).distinct().collect(Collectors.joining(", "));
    }

    public String window() {
        return run.suites().stream().map(SuiteOutcome::window).filter(w -> !w.isEmpty()).distinct().collect(Collectors.joining(", "));
    }

    /** {@return e.g. "4 passed, 3 warned, 1 failed", from the gate's counts; rarer outcomes only when they occurred} */
    public String counts() {
        StringBuilder text = new StringBuilder();
        Map<Outcome, String> shown = new LinkedHashMap<>();
        shown.put(Outcome.PASSED, "passed");
        shown.put(Outcome.WARNED, "warned");
        shown.put(Outcome.FAILED, "failed");
        shown.put(Outcome.NOT_APPLICABLE, "not applicable");
        shown.put(Outcome.ERRORED, "could not verify");
        int shownAlways = 3;
        int index = 0;
        for (Map.Entry<Outcome, String> outcome : shown.entrySet()) {
            long count = run.count(outcome.getKey());
            if (count > 0 || index < shownAlways) {
                text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(outcome.getValue());
            }
            index++;
        }
        return text.toString();
    }

    static Optional<MlReadiness> ml(GateResult run) {
        return run.suites().stream().filter(s -> s.name().startsWith("ml_") || s.name().contains("readiness")).findFirst().map(suite -> {
            List<DatasetOutcome> datasets = suite.datasets();
            List<String> blocking = datasets.stream().filter(d -> d.status() == DatasetStatus.BLOCKING || d.status() == DatasetStatus.UNVERIFIED)
                    .map(DatasetOutcome::table).toList();
            List<String> degraded = datasets.stream().filter(d -> d.status() == DatasetStatus.DEGRADED).map(DatasetOutcome::table).toList();
            if (!suite.problems().isEmpty() || datasets.isEmpty()) {
                return new MlReadiness(suite.name(), "NOT READY", "the suite did not run: " + String.join("; ", suite.problems()));
            }
            if (!blocking.isEmpty()) {
                return new MlReadiness(suite.name(), "NOT READY", "training data fails on " + String.join(", ", blocking) + ": "
                        + Verdict.describe(datasets.stream().filter(d -> blocking.contains(d.table())).toList(), Outcome.FAILED));
            }
            if (!degraded.isEmpty()) {
                return new MlReadiness(suite.name(), "DEGRADED", "training can run, with weaker features from " + String.join(", ", degraded)
                        + ": " + Verdict.describe(datasets.stream().filter(d -> degraded.contains(d.table())).toList(), Outcome.WARNED));
            }
            return new MlReadiness(suite.name(), "READY", "every training check passed");
        });
    }
}
