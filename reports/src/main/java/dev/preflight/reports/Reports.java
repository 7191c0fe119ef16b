package dev.preflight.reports;

import dev.preflight.result.GateResult;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.result.Outcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code preflight report}: the stakeholder summary (HTML, Markdown, history) from a gate's JSON result, and the
 * Allure report from Allure results. Inputs and the output folder are checked before anything is written; problems
 * found later (a corrupt history, a missing Allure command line) never cost what could be written.
 */
public final class Reports {

    public static final String SUMMARY_HTML = "summary.html";
    public static final String SUMMARY_MARKDOWN = "summary.md";
    public static final String ALLURE_FOLDER = "allure";
    public static final String SINGLE_FILE_FOLDER = ALLURE_FOLDER + "-single-file";

    /**
     * What to build.
     *
     * @param gateResult the gate's JSON result, or {@code null} for no summary
     * @param allureResults an Allure results directory, or {@code null} for no Allure report
     * @param output the folder the reports go to (summary files, {@code allure/}, {@code history.json})
     * @param allureHomes where to look for the Allure command line, first match wins
     * @param singleFile also write the Allure report as one self-contained HTML file
     */
    public record Request(Path gateResult, Path allureResults, Path output, List<Path> allureHomes, boolean singleFile) {
    }

    /** A file or folder written, its size and how long it took. */
    public record Written(String what, Path path, long bytes, long millis) {
    }

    /** @param problems each makes the command exit 2, though everything else was written */
    public record Outcome(List<Written> written, List<String> problems) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Reports() {
    }

    /** @throws ReportException when an input is missing or unreadable or the output cannot be written; nothing is written then */
    public static Outcome build(Request request, Clock clock) {
        if (request.gateResult() == null && request.allureResults() == null) {
            throw new ReportException("nothing to report: name a gate result (--gate-result) or Allure results (--allure-results)");
        }
        GateResult gate = request.gateResult() == null ? null : GateFile.read(request.gateResult());
        if (request.allureResults() != null) {
            AllureReport.checkResults(request.allureResults());
        }
        refuseInputs(request);
        prepareOutput(request.output());
        List<Written> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (ReportLock lock = ReportLock.acquire(request.output())) {
            if (gate != null) {
                summary(request, gate, clock, written, problems);
            }
            if (request.allureResults() != null) {
                allure(request, gate, written, problems);
            }
        }
        return new Outcome(written, problems);
    }

    private static void summary(Request request, GateResult gate, Clock clock, List<Written> written, List<String> problems) {
        long started = System.nanoTime();
        Path output = request.output();
        Path historyFile = output.resolve(SummaryHistory.FILE);
        try {
            SummaryHistory.Loaded loaded = SummaryHistory.load(historyFile);
            if (loaded.problem().isPresent()) {
                Path kept = historyFile.resolveSibling(SummaryHistory.FILE + ".corrupt");
                Files.move(historyFile, kept, StandardCopyOption.REPLACE_EXISTING);
                problems.add("history file " + historyFile + " is corrupt (" + loaded.problem().get() + "); kept it as " + kept
                        + " and started a new history with this run");
            }
            Instant ranAt = Files.getLastModifiedTime(request.gateResult()).toInstant().truncatedTo(ChronoUnit.SECONDS);
            SummaryHistory.Run run = SummaryHistory.of(gate, Verdict.of(gate), runId(request.gateResult()), ranAt.toString());
            List<SummaryHistory.Run> runs = SummaryHistory.append(loaded.runs(), run);
            Summary summary = Summary.of(gate, GateFile.overrides(request.gateResult()), runs, SHOWN.format(clock.instant()), allureLink(request));
            Path html = output.resolve(SUMMARY_HTML);
            AtomicFile.write(html, HtmlSummary.render(summary));
            Path markdown = output.resolve(SUMMARY_MARKDOWN);
            AtomicFile.write(markdown, MarkdownSummary.render(summary));
            SummaryHistory.write(historyFile, runs);
            long millis = (System.nanoTime() - started) / 1_000_000;
            written.add(new Written("stakeholder summary", html, Files.size(html), millis));
            written.add(new Written("Markdown summary", markdown, Files.size(markdown), millis));
            written.add(new Written("summary history (" + runs.size() + (runs.size() == 1 ? " run)" : " runs)"), historyFile, Files.size(historyFile), millis));
        } catch (IOException e) {
            throw new ReportException("cannot write the summary to " + output + ": " + e.getMessage(), e);
        }
    }

    /** The single-file report when this run writes one or an earlier one left it, since only that one opens from disk. */
    static Summary.AllureLink allureLink(Request request) {
        Path output = request.output();
        if (request.allureResults() != null && request.singleFile()
                || Files.isRegularFile(output.resolve(SINGLE_FILE_FOLDER).resolve("index.html")) && request.allureResults() == null) {
            return new Summary.AllureLink(SINGLE_FILE_FOLDER + "/index.html", true);
        }
        if (request.allureResults() != null || Files.isRegularFile(output.resolve(ALLURE_FOLDER).resolve("index.html"))) {
            return new Summary.AllureLink(ALLURE_FOLDER + "/index.html", false);
        }
        return Summary.AllureLink.NONE;
    }

    private static void allure(Request request, GateResult gate, List<Written> written, List<String> problems) {
        AllureCommandLine allure = AllureCommandLine.find(request.allureHomes()).orElse(null);
        if (allure == null) {
            problems.add("the Allure command line is not in " + request.allureHomes() + "; the build unpacks it into runner/target/allure "
                    + "(`mvn -pl runner -am package -DskipTests`, which ./preflight runs), or pass --allure-home");
            return;
        }
        long started = System.nanoTime();
        Path folder = request.output().resolve(ALLURE_FOLDER);
        try {
            AllureReport.Generated generated = AllureReport.generate(allure, request.allureResults(), folder, verdictOf(gate), request.singleFile());
            problems.addAll(generated.problems());
            long millis = (System.nanoTime() - started) / 1_000_000;
            written.add(new Written("Allure report (build " + generated.buildOrder() + ")", generated.index(), size(folder), millis));
            if (request.singleFile()) {
                Path single = folder.resolveSibling(ALLURE_FOLDER + "-single-file").resolve("index.html");
                written.add(new Written("Allure report, single file", single, Files.size(single), millis));
            }
        } catch (IOException e) {
            throw new ReportException("cannot write the Allure report to " + folder + ": " + e.getMessage(), e);
        } catch (ReportException e) {
            problems.add(e.getMessage());
        }
    }

    /**
     * {@return the verdict the Allure report leads with: the gate's when its result is reported too, else none (the
     * report then reads it from the results)}
     */
    private static AllureReport.Title verdictOf(GateResult gate) {
        if (gate == null) {
            return AllureReport.Title.NONE;
        }
        return new AllureReport.Title(String.join(", ", gate.suites().stream().map(SuiteOutcome::name).distinct().toList()),
                Verdict.of(gate).word(), Headline.of(gate));
    }

    /** The reports never go where they would overwrite or be read back as an input. */
    static void refuseInputs(Request request) {
        Path output = request.output().toAbsolutePath().normalize();
        if (request.allureResults() != null) {
            Path results = request.allureResults().toAbsolutePath().normalize();
            if (output.startsWith(results) || results.startsWith(output.resolve(ALLURE_FOLDER))) {
                throw new ReportException("output " + request.output() + " overlaps the Allure results " + request.allureResults()
                        + ": the report would read itself back as results; name another --output");
            }
        }
        if (request.gateResult() != null && request.gateResult().toAbsolutePath().normalize().equals(output)) {
            throw new ReportException("output " + request.output() + " is the gate result; name a folder");
        }
    }

    /** Creates the folder and proves it writable, so a bad path fails before any work. */
    static void prepareOutput(Path output) {
        try {
            Files.createDirectories(output);
        } catch (FileAlreadyExistsException e) {
            throw new ReportException("output " + output + " is a file, not a directory");
        } catch (IOException e) {
            throw new ReportException("cannot create output directory " + output + ": " + e);
        }
        try {
            Files.delete(Files.createTempFile(output, ".preflight-write-check", ""));
        } catch (IOException e) {
            throw new ReportException("output directory " + output + " is not writable: " + e);
        }
    }

    /** The gate result's content and time: reporting one result twice replaces its history entry instead of adding one. */
    static String runId(Path gateResult) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(gateResult));
            sha.update(Files.getLastModifiedTime(gateResult).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
