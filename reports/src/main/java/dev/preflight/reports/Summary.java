package dev.preflight.reports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the stakeholder summary says, computed once from a gate result and the history, then rendered as
 * HTML ({@link HtmlSummary}) and Markdown ({@link MarkdownSummary}).
 *
 * @param history earlier runs and this one, oldest first
 * @param generatedAt when the summary was written, for people
 * @param allureLink relative link to the Allure report, or empty when there is none
 */
public record Summary(GateRun run, Verdict verdict, List<SummaryTable.Row> rows, List<SummaryTable.Waived> waivers,
                      List<SummaryTable.Fallback> fallbacks, Optional<MlReadiness> ml, List<SummaryHistory.Run> history,
                      String generatedAt, String allureLink) {

    /** The ML training verdict, when a suite about it ran (named {@code ml_…} or {@code …readiness…}). */
    public record MlReadiness(String suite, String word, String why) {
    }

    public static Summary of(GateRun run, List<SummaryHistory.Run> history, String generatedAt, String allureLink) {
        return new Summary(run, Verdict.of(run), SummaryTable.rows(run), SummaryTable.waivers(run), SummaryTable.fallbacks(run),
                ml(run), List.copyOf(history), generatedAt, allureLink);
    }

    public String title() {
        return run.suites().stream().map(GateRun.SuiteResult::name).distinct().collect(Collectors.joining(", "));
    }

    public String window() {
        return run.suites().stream().map(GateRun.SuiteResult::window).filter(w -> !w.isEmpty()).distinct().collect(Collectors.joining(", "));
    }

    /** {@return e.g. "4 passed, 3 warned, 1 failed", from the gate's counts; rarer outcomes only when they occurred} */
    public String counts() {
        StringBuilder text = new StringBuilder();
        String[][] shown = {{"passed", "passed"}, {"warned", "warned"}, {"failed", "failed"}, {"not_applicable", "not applicable"},
                {"errored", "could not verify"}};
        for (int i = 0; i < shown.length; i++) {
            long count = run.counts().getOrDefault(shown[i][0], 0L);
            if (count > 0 || i < 3) {
                text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(shown[i][1]);
            }
        }
        return text.toString();
    }

    static Optional<MlReadiness> ml(GateRun run) {
        return run.suites().stream().filter(s -> s.name().startsWith("ml_") || s.name().contains("readiness")).findFirst().map(suite -> {
            List<GateRun.DatasetResult> datasets = suite.datasets();
            List<String> blocking = datasets.stream().filter(d -> d.status().equals("BLOCKING") || d.status().equals("UNVERIFIED"))
                    .map(GateRun.DatasetResult::table).toList();
            List<String> degraded = datasets.stream().filter(d -> d.status().equals("DEGRADED")).map(GateRun.DatasetResult::table).toList();
            if (!suite.problems().isEmpty() || datasets.isEmpty()) {
                return new MlReadiness(suite.name(), "NOT READY", "the suite did not run: " + String.join("; ", suite.problems()));
            }
            if (!blocking.isEmpty()) {
                return new MlReadiness(suite.name(), "NOT READY", "training data fails on " + String.join(", ", blocking) + ": "
                        + Verdict.describe(datasets.stream().filter(d -> blocking.contains(d.table())).toList(), "FAILED"));
            }
            if (!degraded.isEmpty()) {
                return new MlReadiness(suite.name(), "DEGRADED", "training can run, with weaker features from " + String.join(", ", degraded)
                        + ": " + Verdict.describe(datasets.stream().filter(d -> degraded.contains(d.table())).toList(), "WARNED"));
            }
            return new MlReadiness(suite.name(), "READY", "every training check passed");
        });
    }
}
