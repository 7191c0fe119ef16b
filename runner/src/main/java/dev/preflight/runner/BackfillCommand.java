package dev.preflight.runner;

import dev.preflight.runner.gate.UsageException;
import dev.preflight.runner.pipeline.GapBackfill;
import dev.preflight.runner.pipeline.PipelineRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code preflight backfill}: a command run only for a table's missing or short dates, then the coverage before → after. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Runs a command for each missing range (or date) of a table, in parallel, then measures again.",
                "Exit 0 the table is covered now; 1 still short; 2 usage or suite error; 3 could not verify; 4 a command failed."},
        footer = {"", "Placeholders in the command: $${start_date} $${end_date} $${dates}",
                "(comma-separated) $${table}. A --command line is split into words as a",
                "shell would split it, and runs without a shell.",
                "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight backfill --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb \\",
                "      --table nba_analytics.team_defense_game_summary --dry-run \\",
                "      -- echo backfill '$${start_date}' '$${end_date}'",
                "Your own job, four at once, one call per date:",
                "  ./preflight backfill --suite … --table T --workers 4 --by date \\",
                "      --command 'python3 job.py --date $${start_date}'"})
final class BackfillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table to fill (dataset.table, or the dataset id).")
    String table;

    @Option(names = "--command", paramLabel = "COMMAND", description = "The command, one line; or give it after '--' as words.")
    String command;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Commands run at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--by", paramLabel = "range|date", defaultValue = "range",
            description = "One command per contiguous missing range, or per date (default: ${DEFAULT-VALUE}).")
    GapBackfill.By by;

    @Option(names = "--dry-run", description = "Prints each command with its dates; runs nothing.")
    boolean dryRun;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command as words, after '--'.")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        if ((command == null) == words.isEmpty()) {
            throw new UsageException(command == null ? "give the command: --command 'job.py --start ${start_date} --end ${end_date}', or its words after --"
                    : "give the command once: --command or words after --, not both");
        }
        List<String> argv = command != null ? GapBackfill.words(command) : words;
        String report = System.getenv(PipelineRunner.JOB_REPORT);
        return new GapBackfill(options.request(), table, argv, workers, by, spec.commandLine().getOut())
                .run(dryRun, report == null || report.isBlank() ? null : Path.of(report));
    }
}
