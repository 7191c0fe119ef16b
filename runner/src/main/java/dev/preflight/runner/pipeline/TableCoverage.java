package dev.preflight.runner.pipeline;

import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.SuiteRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table's coverage as its suite's coverage checks see it: what is missing or short ({@link Backfill}, as
 * {@code preflight plan} prints it) and the covered/expected figures.
 *
 * @param table the table, as the suite names it
 * @param backfills each contiguous range of missing dates, and each short date, in date order
 * @param covered covered dates
 * @param expected expected dates
 * @param percent covered share, as the check rounds it
 */
public record TableCoverage(String table, List<Backfill> backfills, long covered, long expected, double percent) {

    public TableCoverage {
        backfills = List.copyOf(backfills);
    }

    /** {@return the suites' coverage checks run alone (tag {@code coverage}), as {@code preflight plan} runs them} */
    public static RunResult scan(RunRequest request) {
        List<String> tags = new ArrayList<>(request.tags());
        tags.add("coverage");
        return SuiteRunner.run(request.withTags(tags), dataset -> { });
    }

    /** {@return the table's coverage in the scan (by table or dataset id), or empty when no coverage check covers it} */
    public static Optional<TableCoverage> of(RunResult result, String table) {
        for (SuiteOutcome suite : result.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                if (!table.equals(dataset.table()) && !table.equals(dataset.id())) {
                    continue;
                }
                for (CheckOutcome check : dataset.checks()) {
                    if (!check.is(Outcome.ERRORED) && check.document().path("observed").has("expected_dates")) {
                        var observed = check.document().path("observed");
                        return Optional.of(new TableCoverage(dataset.table(), Backfill.of(dataset.table(), check.document()),
                                observed.path("covered_dates").asLong(), observed.path("expected_dates").asLong(),
                                observed.path("coverage_percent").asDouble()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@return e.g. {@code 776/848 91.5%}} */
    public String figures() {
        return String.format(Locale.ROOT, "%d/%d %.1f%%", covered, expected, percent);
    }

    /** {@return whether nothing is missing or short} */
    public boolean complete() {
        return backfills.isEmpty();
    }

    /** {@return one backfill per missing or short date} */
    public List<Backfill> byDate() {
        return backfills.stream().flatMap(b -> b.dates().stream()).map(d -> new Backfill(table, d, d, List.of(d))).toList();
    }
}
