package dev.preflight.runner.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.reports.AtomicFile;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.Outcome;
import dev.preflight.result.ResultJson;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.JsonSummary;
import dev.preflight.runner.gate.Reporting;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.RunResult;
import dev.preflight.runner.gate.SuiteRunner;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Redaction;
import dev.preflight.source.SuiteDefinitionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a pipeline's gate in this process, through the same {@link SuiteRunner} as {@code preflight gate}, and
 * leaves its gate.json and Allure results in a folder of its own, which {@code preflight report --dir} reads.
 */
final class GateRunner {

    /**
     * One gate at a time: Allure's lifecycle is process-wide ({@code Allure.setLifecycle}), so two gates at once
     * would write into each other's results. Gates take seconds; jobs, which take the time, still run in parallel.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private final Pipeline pipeline;
    private final Placeholders placeholders;
    private final Path runDirectory;
    private final SkipPreflight skip;

    GateRunner(Pipeline pipeline, Placeholders placeholders, Path runDirectory, SkipPreflight skip) {
        this.pipeline = pipeline;
        this.placeholders = placeholders;
        this.runDirectory = runDirectory;
        this.skip = skip;
    }

    /**
     * @param id the gate's id, also its folder under {@code gates/}
     * @param preflight whether it guards what comes after it (only those {@code --skip-preflight} may run past)
     */
    GateOutcome run(GateSpec spec, String id, boolean preflight) {
        String suite = suite(spec);
        Path directory = runDirectory.resolve("gates").resolve(id);
        Instant started = Instant.now();
        Map<String, String> params = new LinkedHashMap<>();
        spec.params().forEach((k, v) -> params.put(k, placeholders.text(v)));
        RunRequest request = new RunRequest(List.of(suite), LocalDate.parse(placeholders.values().get("start_date")),
                LocalDate.parse(placeholders.values().get("end_date")), params, spec.tags().stream().map(placeholders::text).toList(), Map.of());
        RunResult result;
        try {
            synchronized (ONE_AT_A_TIME) {
                result = SuiteRunner.run(request, dataset -> { }, new Reporting(directory.resolve("allure-results"), true));
            }
        } catch (UsageException | SuiteDefinitionException e) {
            return new GateOutcome(id, suite, started, Instant.now(), ExitCode.USAGE.code(), "INVALID", List.of(e.getMessage()), directory, Optional.empty());
        } catch (RuntimeException e) {
            return new GateOutcome(id, suite, started, Instant.now(), ExitCode.UNVERIFIED.code(), "UNVERIFIED",
                    List.of(String.valueOf(e.getMessage())), directory, Optional.empty());
        }
        int exit = result.exitCode(false).code();
        List<String> failing = failing(result);
        Optional<GateOverride> override = preflight && exit == ExitCode.CLOSED.code() && skip.active()
                ? Optional.of(new GateOverride(id, skip.user(), Instant.now(), skip.reason(), failing)) : Optional.empty();
        write(directory, result, override);
        return new GateOutcome(id, suite, started, Instant.now(), exit, result.verdict(false), failing, directory, override);
    }

    /** {@code classpath:} as written; a file or folder relative to the pipeline file's folder. */
    private String suite(GateSpec spec) {
        String suite = placeholders.text(spec.suite());
        return suite.startsWith("classpath:") ? suite : pipeline.folder().resolve(suite).normalize().toString();
    }

    private static List<String> failing(RunResult result) {
        List<String> failing = new ArrayList<>(result.unverified());
        failing.addAll(result.warnings());
        for (SuiteOutcome suite : result.suites()) {
            failing.addAll(suite.problems());
            for (DatasetOutcome dataset : suite.datasets()) {
                for (CheckOutcome check : dataset.checks()) {
                    if (check.is(Outcome.FAILED) || check.is(Outcome.ERRORED)) {
                        failing.add(dataset.table() + " " + check.check() + ": " + check.message());
                    }
                }
            }
        }
        if (failing.isEmpty() && result.checks().isEmpty()) {
            failing.add("no check ran: the suite has none, or its tags filtered them all out");
        }
        return failing;
    }

    /** gate.json, with the override under {@code overrides} (docs/gate-result.schema.json); and the override in Allure. */
    private static void write(Path directory, RunResult result, Optional<GateOverride> override) {
        ObjectNode gate = (ObjectNode) ResultJson.read(JsonSummary.render(result, false));
        override.ifPresent(o -> gate.putArray("overrides").add(json(o)));
        try {
            AtomicFile.write(directory.resolve("gate.json"), Redaction.redact(ResultJson.pretty(gate)));
            if (override.isPresent()) {
                allure(directory.resolve("allure-results"), override.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gate's results in " + directory + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode json(GateOverride override) {
        ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("gate", override.gate());
        node.put("user", override.user());
        node.put("time", override.time().toString());
        node.put("reason", override.reason());
        ArrayNode failing = node.putArray("failing_checks");
        override.failingChecks().forEach(failing::add);
        return node;
    }

    /**
     * One Allure result for the override, beside the gate's own: the report then shows, next to the failed checks,
     * who ran past them, when and why.
     */
    private static void allure(Path results, GateOverride override) throws IOException {
        String uuid = UUID.randomUUID().toString();
        ObjectNode result = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        result.put("uuid", uuid);
        result.put("historyId", "preflight-override-" + override.gate());
        result.put("name", "GateOverride: gate " + override.gate() + " run past with --skip-preflight");
        result.put("fullName", "preflight.override." + override.gate());
        result.put("status", "skipped");
        result.put("stage", "finished");
        result.putObject("statusDetails").put("message", "Gate closed, run past by " + override.user() + " at " + override.time()
                + ": " + override.reason() + ". Failing checks: " + String.join("; ", override.failingChecks()));
        result.put("start", override.time().toEpochMilli());
        result.put("stop", override.time().toEpochMilli());
        ArrayNode labels = result.putArray("labels");
        labels.addObject().put("name", "suite").put("value", "pipeline overrides");
        labels.addObject().put("name", "tag").put("value", "override");
        ArrayNode parameters = result.putArray("parameters");
        parameters.addObject().put("name", "user").put("value", override.user());
        parameters.addObject().put("name", "reason").put("value", override.reason());
        AtomicFile.write(results.resolve(uuid + "-result.json"), Redaction.redact(ResultJson.pretty(result)));
    }
}
