package dev.preflight.runner;

import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.Phase3Backfill;
import dev.preflight.demo.phase4.Phase4Jobs;
import dev.preflight.demo.phase4.Phase4Processor;
import dev.preflight.demo.phase4.ProcessorResult;
import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.runner.pipeline.SingleJobRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code preflight demo-job NAME}: one of the demo's pipeline jobs on the demo warehouse, for a window of dates. The
 * jobs write the warehouse through the demo module's own connection; Preflight's gates only ever read it.
 */
@Command(name = "demo-job", mixinStandardHelpOptions = true,
        description = {"Runs one of the demo night's jobs on the demo warehouse.",
                "A Phase 4 processor (its table for the dates, bootstrap dates skipped, no rows where an input lacks the date)",
                "or backfill-phase3 (restores one Phase 3 table's rows for the dates). Exit 0 done; 2 usage; 4 the job failed."},
        footer = {"", "Jobs: " + DemoJobCommand.BACKFILL + ", team_defense_zone_analysis, player_shot_zone_analysis,",
                "  player_composite_factors, player_daily_cache, ml_feature_store_v2", "",
                "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight demo-job backfill-phase3 --warehouse preflight-demo/nba.duckdb \\",
                "      --table nba_analytics.team_defense_game_summary \\",
                "      --start-date 2022-04-18 --end-date 2022-04-24",
                "  ./preflight demo-job team_defense_zone_analysis \\",
                "      --warehouse preflight-demo/nba.duckdb \\",
                "      --start-date 2021-10-19 --end-date 2026-01-03"})
final class DemoJobCommand implements Callable<Integer> {

    static final String BACKFILL = "backfill-phase3";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The job: " + BACKFILL + " or a Phase 4 table's name.")
    String name;

    @Option(names = "--warehouse", required = true, paramLabel = "PATH", description = "The demo's DuckDB file (preflight demo builds it).")
    Path warehouse;

    @Option(names = "--start-date", required = true, paramLabel = "DATE", converter = SuiteOptions.DateConverter.class,
            description = "First date of the window.")
    LocalDate startDate;

    @Option(names = "--end-date", required = true, paramLabel = "DATE", converter = SuiteOptions.DateConverter.class,
            description = "Last date of the window.")
    LocalDate endDate;

    @Option(names = "--table", paramLabel = "TABLE", description = "For " + BACKFILL + ": the Phase 3 table to restore.")
    String table;

    @Option(names = "--seed", defaultValue = "" + DemoWarehouse.DEFAULT_SEED,
            description = "For " + BACKFILL + ": the seed the warehouse was built with (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (startDate.isAfter(endDate)) {
            throw new UsageException("--start-date " + startDate + " is after --end-date " + endDate + "; swap them");
        }
        if (!Files.isRegularFile(warehouse)) {
            throw new UsageException("--warehouse " + warehouse + " does not exist; build it with: preflight demo");
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try {
            String done = name.equals(BACKFILL) ? backfill() : process();
            out.printf(Locale.ROOT, "%s (%.1f s)%n", done, (System.nanoTime() - started) / 1e9);
            out.flush();
            return ExitCode.OPEN.code();
        } catch (SQLException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("preflight: demo-job " + name + " failed on " + warehouse + ": " + firstLine(e.getMessage()));
            err.flush();
            return SingleJobRun.JOB_FAILED;
        }
    }

    private String backfill() throws IOException, SQLException {
        if (table == null || !Phase3Backfill.TABLES.contains(table)) {
            throw new UsageException(BACKFILL + " needs --table, one of: " + String.join(", ", Phase3Backfill.TABLES)
                    + (table == null ? "" : " (not '" + table + "')"));
        }
        return describe(Phase3Backfill.forSeed(seed).run(warehouse, table, startDate, endDate));
    }

    static String describe(Phase3Backfill.Result result) {
        return String.format(Locale.ROOT, "%s %s: wrote %,d rows on %s..%s (replacing %,d)", BACKFILL, result.table(), result.rows(),
                result.start(), result.end(), result.replaced());
    }

    private String process() throws SQLException {
        Phase4Processor processor = Phase4Processor.named(name).orElseThrow(() -> new UsageException(
                "no demo job '" + name + "'; the jobs are " + BACKFILL + ", " + String.join(", ", Phase4Processor.jobNames())));
        if (table != null) {
            throw new UsageException("--table is for " + BACKFILL + "; " + name + " writes " + processor.table());
        }
        return describe(Phase4Jobs.run(warehouse, processor, startDate, endDate));
    }

    static String describe(ProcessorResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%s: wrote %,d rows on %d dates of %s..%s into %s", result.processor().jobName(), result.rows(),
                result.dates(), result.start(), result.end(), result.processor().table()));
        parts.add(result.bootstrapDates() + " bootstrap dates skipped");
        List<LocalDate> skipped = result.skippedDates();
        if (!skipped.isEmpty()) {
            parts.add(skipped.size() + " dates an input lacks left empty (" + skipped.get(0)
                    + (skipped.size() > 1 ? " … " + skipped.get(skipped.size() - 1) : "") + ")");
        }
        return String.join("; ", parts);
    }

    /** DuckDB's messages carry a multi-line context; the first line says what went wrong. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
