package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Suggestions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.Outcome;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.pipeline.Backfill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code preflight plan}: the missing dates of each table as contiguous ranges, in the form a backfill job takes,
 * so "backfill team_defense_game_summary" becomes {@code preflight plan … | xargs -L1 backfill.py}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints each table's missing dates as backfill arguments.",
                "One '--start-date A --end-date B' pair a line, or one '--dates a,b,c' line."},
        footer = {"", "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight plan --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb \\",
                "      --table nba_analytics.team_defense_game_summary",
                "  ./preflight plan --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb --format dates",
                "Feeding a backfill job, one call per range:",
                "  ./preflight plan … --table T | xargs -L1 python3 T_backfill.py"})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--table", paramLabel = "TABLE", description = "Only this table (dataset.table, or the dataset id).")
    String table;

    @Option(names = "--format", defaultValue = "ranges", paramLabel = "ranges|dates",
            description = "ranges: '--start-date A --end-date B' a line; dates: '--dates a,b,c' (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { ranges, dates }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunRequest request = options.request();
        List<String> tags = new ArrayList<>(request.tags());
        tags.add("coverage");
        RunResult result = SuiteRunner.run(request.withTags(tags), dataset -> { });
        boolean found = false;
        boolean several = table == null && result.suites().stream().mapToLong(s -> s.datasets().size()).sum() > 1;
        for (SuiteOutcome suite : result.suites()) {
            suite.problems().forEach(p -> err.println("preflight: " + p));
            for (DatasetOutcome dataset : suite.datasets()) {
                if (table != null && !table.equals(dataset.table()) && !table.equals(dataset.id())) {
                    continue;
                }
                found = true;
                for (CheckOutcome check : dataset.checks()) {
                    if (check.is(Outcome.ERRORED)) {
                        err.println("preflight: could not verify " + dataset.table() + ": " + check.message());
                        continue;
                    }
                    print(out, several ? dataset.table() + " " : "", dataset.table(), check.document());
                }
            }
        }
        result.unverified().forEach(u -> err.println("preflight: could not verify: " + u));
        out.flush();
        if (table != null && !found && !result.hasSuiteProblems() && result.unverified().isEmpty()) {
            List<String> covered = result.suites().stream().flatMap(s -> s.datasets().stream()).map(DatasetOutcome::table).distinct().toList();
            throw new UsageException("no coverage check on table '" + table + "' in " + String.join(", ", request.suites())
                    + Suggestions.hint(table, covered) + (covered.isEmpty() ? "" : "; tables with one: " + String.join(", ", covered)));
        }
        ExitCode code = result.exitCode(false);
        return code == ExitCode.CLOSED ? ExitCode.OPEN.code() : code.code();
    }

    private void print(PrintWriter out, String prefix, String table, JsonNode document) {
        List<Backfill> backfills = Backfill.of(table, document);
        if (backfills.isEmpty()) {
            return;
        }
        if (format == Format.dates) {
            out.println(prefix + "--dates " + backfills.stream().flatMap(b -> b.dates().stream()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(",")));
            return;
        }
        backfills.forEach(b -> out.println(prefix + "--start-date " + b.first() + " --end-date " + b.last()));
    }
}
