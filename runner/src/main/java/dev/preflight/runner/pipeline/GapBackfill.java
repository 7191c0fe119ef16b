package dev.preflight.runner.pipeline;

import dev.preflight.source.ShellArguments;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.reports.AtomicFile;
import dev.preflight.result.ResultJson;
import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code preflight backfill}: runs a command only for a table's missing or short dates (each contiguous range, or
 * each date) in parallel workers, then runs the suite again and shows the coverage before and after.
 */
public final class GapBackfill {

    /** How the gaps are cut into commands. */
    public enum By { range, date }

    /** The placeholders a backfill command may use. */
    static final List<String> PLACEHOLDERS = List.of("${start_date}", "${end_date}", "${dates}", "${table}");

    private final RunRequest request;
    private final String table;
    private final List<String> command;
    private final int workers;
    private final By by;
    private final PrintWriter out;

    /** @param command the program and its arguments, placeholders not yet filled */
    public GapBackfill(RunRequest request, String table, List<String> command, int workers, By by, PrintWriter out) {
        if (workers < 1) {
            throw new UsageException("--workers " + workers + ": give 1 or more");
        }
        if (command.stream().noneMatch(w -> PLACEHOLDERS.stream().anyMatch(w::contains))) {
            throw new UsageException("the command '" + String.join(" ", command) + "' uses none of " + String.join(", ", PLACEHOLDERS)
                    + ": every call would redo the same work; pass the dates with ${start_date} ${end_date} (or ${dates})");
        }
        this.request = request;
        this.table = table;
        this.command = List.copyOf(command);
        this.workers = workers;
        this.by = by;
        this.out = out;
    }

    /** {@link ShellWords} splits a one-line command as a shell would, without a shell. */
    public static List<String> words(String line) {
        return ShellWords.split(line, "--command");
    }

    /** @return 0 the table is covered now, 1 still short, 2 and 3 as the gate, 4 a command failed or could not start */
    public int run(boolean dryRun, Path report) throws InterruptedException {
        RunResult first = TableCoverage.scan(request);
        TableCoverage before = coverage(first);
        if (before == null) {
            return first.exitCode(false).code();
        }
        List<Backfill> backfills = by == By.range ? before.backfills() : before.byDate();
        if (backfills.isEmpty()) {
            out.println(before.table() + ": nothing to backfill, " + before.figures());
            return ExitCode.OPEN.code();
        }
        out.println(before.table() + ": " + backfills.size() + " command(s), one per missing " + (by == By.range ? "range" : "date")
                + ", " + workers + " at once" + (dryRun ? " (dry run: nothing runs)" : ""));
        if (dryRun) {
            backfills.forEach(b -> out.println("  $ " + argv(b).stream().map(ShellArguments::quoted).collect(Collectors.joining(" "))));
            out.flush();
            return ExitCode.OPEN.code();
        }
        List<Integer> exits = runAll(backfills);
        write(report, backfills, exits);
        TableCoverage after = coverage(TableCoverage.scan(request));
        long failed = exits.stream().filter(e -> e != 0).count();
        out.println(before.table() + ": " + before.figures() + " → " + (after == null ? "could not be measured" : after.figures())
                + (failed > 0 ? "; " + failed + " of " + exits.size() + " command(s) failed" : ""));
        out.flush();
        if (failed > 0) {
            return PipelineRunner.JOB_FAILED;
        }
        if (after == null) {
            return ExitCode.UNVERIFIED.code();
        }
        return after.complete() ? ExitCode.OPEN.code() : ExitCode.CLOSED.code();
    }

    /** The table's coverage, or {@code null} after saying why the suite could not measure it. */
    private TableCoverage coverage(RunResult result) {
        TableCoverage coverage = TableCoverage.of(result, table).orElse(null);
        if (coverage == null) {
            ExitCode code = result.exitCode(false);
            if (code == ExitCode.OPEN || code == ExitCode.CLOSED) {
                throw new UsageException("no coverage check on table '" + table + "' in " + String.join(", ", request.suites()));
            }
            result.suites().forEach(s -> s.problems().forEach(p -> out.println("preflight: " + p)));
            result.unverified().forEach(u -> out.println("preflight: could not verify: " + u));
            result.checks().stream().filter(c -> c.is(dev.preflight.result.Outcome.ERRORED))
                    .forEach(c -> out.println("preflight: " + c.message()));
            out.flush();
        }
        return coverage;
    }

    private List<Integer> runAll(List<Backfill> backfills) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Backfill backfill : backfills) {
                runs.add(pool.submit(() -> one(backfill)));
            }
            List<Integer> exits = new ArrayList<>();
            for (Future<Integer> run : runs) {
                try {
                    exits.add(run.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return exits;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One command; its output is printed line by line, each line prefixed with its range. */
    private int one(Backfill backfill) throws InterruptedException {
        List<String> argv = argv(backfill);
        String range = backfill.first().equals(backfill.last()) ? backfill.first().toString() : backfill.first() + ".." + backfill.last();
        print(range, "$ " + argv.stream().map(ShellArguments::quoted).collect(Collectors.joining(" ")));
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            print(range, "cannot start " + argv.get(0) + ": " + JobProcess.reason(e));
            return PipelineRunner.JOB_FAILED;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                print(range, line);
            }
        } catch (IOException e) {
            print(range, "its output could not be read: " + e.getMessage());
        }
        int exit = process.waitFor();
        if (exit != 0) {
            print(range, "failed with exit code " + exit);
        }
        return exit;
    }

    private synchronized void print(String range, String line) {
        out.println("  [" + range + "] " + line);
        out.flush();
    }

    List<String> argv(Backfill backfill) {
        Map<String, String> values = Map.of("start_date", backfill.first().toString(), "end_date", backfill.last().toString(),
                "dates", backfill.dates().stream().map(LocalDate::toString).collect(Collectors.joining(",")), "table", backfill.table());
        Placeholders placeholders = new Placeholders(values, List.of());
        return command.stream().map(placeholders::text).toList();
    }

    /** For a pipeline's run record: what ran, when the runner asked for it through {@link PipelineRunner#JOB_REPORT}. */
    private static void write(Path report, List<Backfill> backfills, List<Integer> exits) {
        if (report == null) {
            return;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode ranges = root.putArray("backfilled");
        for (int i = 0; i < backfills.size(); i++) {
            Backfill b = backfills.get(i);
            ranges.addObject().put("table", b.table()).put("start", b.first().toString()).put("end", b.last().toString())
                    .put("dates", b.dates().size()).put("exit_code", exits.get(i));
        }
        try {
            AtomicFile.write(report, Redaction.redact(ResultJson.pretty(root)));
        } catch (IOException e) {
            throw new UsageException("cannot write " + PipelineRunner.JOB_REPORT + " " + report + ": " + e.getMessage());
        }
    }
}
