package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;

import dev.preflight.reports.ReportException;
import dev.preflight.reports.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code preflight report}: the Allure HTML report and the stakeholder summary of a gate run, offline. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Builds the stakeholder summary and the Allure report of a gate run.",
                "The summary (one static HTML file, and Markdown for CI comments) comes from the gate's JSON result; the Allure "
                        + "report from Allure results, carrying the previous report's history forward.",
                "Exit 0: written; 2: an input is missing or unreadable, the output is not writable, or a history file was "
                        + "corrupt (the new run's reports are still written)."},
        footer = {"", "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight report --dir preflight-demo --single-file",
                "      # preflight-demo/report/summary.html, summary.md, allure/, allure-single-file/",
                "The Allure report alone, from Surefire's results (after mvn verify):",
                "  ./preflight report --allure-results checks/target/allure-results \\",
                "      --output target/report"})
final class ReportCommand implements Callable<Integer> {

    static final String GATE_RESULT = "gate.json";
    static final String ALLURE_RESULTS = "allure-results";
    static final String OUTPUT = "report";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Reads DIR/gate.json and DIR/allure-results, writes DIR/report "
            + "(the default when no input is named: the current directory).")
    Path dir;

    @Option(names = "--gate-result", paramLabel = "FILE", description = "The gate's JSON result (preflight gate --format json --output FILE --per-date).")
    Path gateResult;

    @Option(names = "--allure-results", paramLabel = "DIR", description = "Allure results (preflight gate --allure-results, Surefire, the ConsoleLauncher).")
    Path allureResults;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the reports go (default: DIR/report, or ./report).")
    Path output;

    @Option(names = "--allure-home", paramLabel = "DIR", description = "The unpacked Allure 2 command line (default: the one the build unpacked beside this jar).")
    Path allureHome;

    @Option(names = "--single-file", description = "Also writes the Allure report as one HTML file that opens without a web server.")
    boolean singleFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean named = gateResult != null || allureResults != null;
        Path base = dir != null ? dir : Path.of(".");
        Path gate = gateResult != null ? gateResult : dir != null || !named ? base.resolve(GATE_RESULT) : null;
        Path allure = allureResults != null ? allureResults : dir != null || !named ? base.resolve(ALLURE_RESULTS) : null;
        Path target = output != null ? output : base.resolve(OUTPUT);
        Reports.Outcome outcome;
        try {
            outcome = Reports.build(new Reports.Request(gate, allure, target, allureHomes(), singleFile), Clock.systemUTC());
        } catch (ReportException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("Reports in " + target.toAbsolutePath().normalize() + ":");
        for (Reports.Written written : outcome.written()) {
            out.printf(Locale.ROOT, "  %-32s %9s  %5.1f s  %s%n", written.what(), size(written.bytes()), written.millis() / 1000.0,
                    written.path().toAbsolutePath().normalize());
        }
        if (outcome.written().stream().anyMatch(w -> w.what().startsWith("Allure report ("))) {
            out.println("The Allure report loads its data over HTTP: serve it, e.g. `python3 -m http.server -d "
                    + target.resolve(Reports.ALLURE_FOLDER) + "`, or use --single-file.");
        }
        out.flush();
        for (String problem : outcome.problems()) {
            err.println("preflight: " + problem);
        }
        err.flush();
        return outcome.problems().isEmpty() ? ExitCode.OPEN.code() : ExitCode.USAGE.code();
    }

    /** An explicit home is the only candidate; otherwise the environment's, then the one unpacked beside this program. */
    private List<Path> allureHomes() {
        if (allureHome != null) {
            return List.of(allureHome);
        }
        List<Path> homes = new ArrayList<>();
        String fromEnvironment = System.getenv("PREFLIGHT_ALLURE_HOME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            homes.add(Path.of(fromEnvironment));
        }
        try {
            // runner/target/preflight.jar or runner/target/classes: the build unpacks the command line into runner/target/allure.
            Path code = Path.of(ReportCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            homes.add(code.resolveSibling("allure"));
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (an unusual class loader): only the explicit places count.
        }
        return homes;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
