package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.demo.DemoWarehouse;
import dev.preflight.demo.GroundTruth;
import dev.preflight.demo.NightOption;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.DatasetStatus;
import dev.preflight.result.Outcome;
import dev.preflight.runner.gate.JsonSummary;
import dev.preflight.runner.gate.Reporting;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.gate.TextSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code preflight demo}: builds a DuckDB warehouse that replays the seed's Phase 3 failure, runs the Phase 3 → 4
 * gate on it, and explains the verdict. Exits 0 when the demo ran as designed, whatever the gate decided.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Replays the NBA pipeline's Phase 3 gap on an embedded DuckDB warehouse.",
                "Builds the warehouse, runs the phase3_for_phase4 gate on it and explains the verdict."},
        footer = {"", "Examples:", "  preflight demo --dir /tmp/preflight-demo",
                "  preflight demo --full --option B    # the whole night (README: The whole night)"})
final class DemoCommand implements Callable<Integer> {

    static final String SUITE = "classpath:preflight/nba/phase3_for_phase4.yaml";
    /** What the demo leaves for {@code preflight report --dir DIR}. */
    static final String GATE_RESULT = "gate.json";
    static final String ALLURE_RESULTS = "allure-results";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "preflight-demo", paramLabel = "DIR",
            description = "Where to write nba.duckdb, ground-truth.json, gate.json and allure-results/ (default: ${DEFAULT-VALUE}); "
                    + "only those are replaced.")
    Path dir;

    @Option(names = "--seed", defaultValue = "" + DemoWarehouse.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--full", description = "Replays the whole night: the gate, the gap-driven backfill, the gate again, Phase 4 "
            + "behind its gates, the ML training readiness audit and the reports (a few minutes).")
    boolean full;

    @Option(names = "--option", defaultValue = "A", paramLabel = "A|B", description = "With --full, the seed's option: A backfills "
            + "the blocking table only (default), B also the two context tables.")
    NightOption option;

    @Override
    public Integer call() throws IOException, SQLException {
        if (full) {
            return new DemoNight(dir, seed, option, spec.commandLine().getOut()).run();
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--option")) {
            throw new dev.preflight.runner.gate.UsageException("--option " + option + " chooses the backfills of the whole night; add --full");
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        GroundTruth truth = build(out);
        Path warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE).toAbsolutePath();
        out.printf(Locale.ROOT, "Built %s: %d expected game dates in %s..%s (%d bootstrap dates excluded), 5 Phase 3 tables.%n",
                warehouse, truth.expectedDates(), truth.windowStart(), truth.windowEnd(), truth.bootstrapDates());
        out.println("Running the Phase 3 → Phase 4 pre-flight gate (" + SUITE.substring("classpath:".length()) + ") …");
        Path allureResults = dir.resolve(ALLURE_RESULTS).toAbsolutePath();
        RunResult result = SuiteRunner.run(new RunRequest(List.of(SUITE), truth.windowStart(), truth.windowEnd(), Map.of(), List.of(),
                warehouse.toString()), dataset -> { }, new Reporting(allureResults, true));
        GateCommand.historyWarnings(result, spec.commandLine().getErr());
        Files.writeString(dir.resolve(GATE_RESULT), JsonSummary.render(result, false), StandardCharsets.UTF_8);
        new TextSummary(true, false).print(result, out);
        explain(result, truth, warehouse, out);
        out.println();
        out.println("Reports: the gate's JSON is in " + dir.resolve(GATE_RESULT).toAbsolutePath() + " and its Allure results in " + allureResults + ";");
        out.println("  turn them into the Allure report and the stakeholder summary with:");
        out.println("  ./preflight report --dir " + dir);
        out.printf(Locale.ROOT, "%n%s (%.1f s).%n", outcome(result.exitCode(false)), (System.nanoTime() - started) / 1e9);
        out.flush();
        return result.exitCode(false) == ExitCode.UNVERIFIED || result.exitCode(false) == ExitCode.USAGE
                ? result.exitCode(false).code() : ExitCode.OPEN.code();
    }

    /** The demo's own verdict, so nobody mistakes the gate's closing for the demo failing. */
    static String outcome(ExitCode gate) {
        return switch (gate) {
            case CLOSED -> "Demo succeeded: the gate it ran closed, as designed (a pipeline would get exit code 1 and not start Phase 4); "
                    + "this command exits 0";
            case OPEN -> "Demo succeeded, but the gate it ran opened: the planted gaps were not found (was the warehouse changed?); "
                    + "this command exits 0";
            default -> "Demo failed: the gate could not check the demo's warehouse; this command exits " + gate.code();
        };
    }

    private GroundTruth build(PrintWriter out) throws IOException {
        try {
            Files.createDirectories(dir);
            out.println("Building the demo warehouse in " + dir.toAbsolutePath() + " …");
            out.flush();
            return DemoWarehouse.generate(dir, seed);
        } catch (SQLException e) {
            throw new dev.preflight.warehouse.WarehouseException("cannot build the demo warehouse in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void explain(RunResult result, GroundTruth truth, Path warehouse, PrintWriter out) {
        ExitCode code = result.exitCode(false);
        out.println();
        out.println("What this means");
        List<String> blocking = new ArrayList<>();
        for (DatasetOutcome dataset : result.suites().get(0).datasets()) {
            if (dataset.status() == DatasetStatus.BLOCKING) {
                blocking.add(dataset.table());
            }
        }
        out.println("  A pipeline running this gate gets exit code " + code.code() + (code == ExitCode.CLOSED
                ? ", so Phase 4 does not start: " + String.join(", ", blocking) + " must be backfilled first."
                : "."));
        out.println("  The two context tables only degrade the gate: Phase 4 falls back to synthetic context (the seed's Option A).");
        out.println();
        out.println("Ground truth (recorded by the generator in " + warehouse.getParent().resolve(DemoWarehouse.GROUND_TRUTH_FILE) + ")");
        for (GroundTruth.TableCoverage table : truth.tables()) {
            out.printf(Locale.ROOT, "  %-45s %s%n", table.table(), agreement(result, table));
        }
        GroundTruth.PlantedAnomalies anomalies = truth.anomalies();
        out.printf(Locale.ROOT, "  %-45s %s%n", "  rows per game (anomaly)", anomalyAgreement(result, "rows_per_game",
                anomalies.halfScraped(), "half-scraped dates"));
        out.printf(Locale.ROOT, "  %-45s %s%n", "  usage_rate NULL share (anomaly)", anomalyAgreement(result, "usage_rate_null_drift",
                anomalies.usageRateDrift(), "dates of NULL drift"));
    }

    /** Whether the anomaly check found exactly the dates the generator planted, none more. */
    private static String anomalyAgreement(RunResult result, String checkId, List<GroundTruth.PlantedDate> planted, String what) {
        for (DatasetOutcome dataset : result.suites().get(0).datasets()) {
            for (CheckOutcome check : dataset.checks()) {
                if (!check.check().equals(checkId) || check.is(Outcome.ERRORED)) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                check.document().path("anomalies").forEach(a -> found.add(a.path("date").asText()));
                List<String> expected = planted.stream().map(p -> p.date().toString()).toList();
                long hits = found.stream().filter(expected::contains).count();
                return found.equals(expected)
                        ? "✓ gate found exactly the " + expected.size() + " " + what + " planted (0 false positives)"
                        : "✗ gate found " + hits + " of the " + expected.size() + " " + what + " planted, and " + (found.size() - hits)
                                + " other dates";
            }
        }
        return "? not checked";
    }

    /** Whether the gate found exactly the dates the generator left out. */
    private static String agreement(RunResult result, GroundTruth.TableCoverage truth) {
        for (DatasetOutcome dataset : result.suites().get(0).datasets()) {
            if (!dataset.table().equals(truth.table())) {
                continue;
            }
            for (CheckOutcome check : dataset.checks()) {
                if (!check.type().equals("coverage") || check.is(Outcome.ERRORED)) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                for (JsonNode date : check.document().path("missing_dates")) {
                    found.add(date.asText());
                }
                List<String> planted = truth.missingDates().stream().map(Object::toString).toList();
                return found.equals(planted)
                        ? "✓ gate found exactly the " + planted.size() + " missing dates planted"
                        : "✗ gate found " + found.size() + " missing dates, " + planted.size() + " were planted";
            }
        }
        return "? not checked";
    }
}
