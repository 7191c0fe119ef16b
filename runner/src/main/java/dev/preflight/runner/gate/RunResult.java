package dev.preflight.runner.gate;

import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.GateResult;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteCalendar;
import dev.preflight.result.SuiteOutcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run of suites produced, grouped by suite and dataset, and the gate's verdict on it. */
public final class RunResult {

    private final Map<String, Suite> suites = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> unverified = new ArrayList<>();
    private List<String> dataOptions = List.of();

    /** A suite while its events arrive. */
    static final class Suite {
        private final String name;
        private final String file;
        private String window = "";
        private String verdict = "";
        private SuiteCalendar calendar;
        private final Map<String, Dataset> datasets = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        private Suite(String name, String file) {
            this.name = name;
            this.file = file;
        }

        void window(String window) {
            this.window = window;
        }

        void verdict(String verdict) {
            this.verdict = verdict;
        }

        void calendar(SuiteCalendar calendar) {
            this.calendar = calendar;
        }

        void problem(String problem) {
            problems.add(problem);
        }

        Dataset dataset(String id, String table, List<String> requiredBy) {
            return datasets.computeIfAbsent(id, k -> new Dataset(id, table, requiredBy));
        }

        SuiteOutcome outcome() {
            return new SuiteOutcome(name, file, window, verdict, problems, datasets.values().stream().map(Dataset::outcome).toList(),
                    Optional.ofNullable(calendar));
        }
    }

    /** A dataset while its checks finish. */
    static final class Dataset {
        private final String id;
        private final String table;
        private final List<String> requiredBy;
        private final Map<String, Long> figures = new LinkedHashMap<>();
        private final List<CheckOutcome> checks = new ArrayList<>();

        private Dataset(String id, String table, List<String> requiredBy) {
            this.id = id;
            this.table = table;
            this.requiredBy = List.copyOf(requiredBy);
        }

        /** Records what the dataset's container published about its run: statements, bytes processed and billed. */
        void figures(Map<String, Long> published) {
            figures.putAll(published);
        }

        void add(CheckOutcome check) {
            checks.add(check);
        }

        DatasetOutcome outcome() {
            return DatasetOutcome.of(id, table, requiredBy, figures, checks);
        }
    }

    Suite suite(String file, String name) {
        return suites.computeIfAbsent(file, k -> new Suite(name, file));
    }

    void warning(String warning) {
        warnings.add(warning);
    }

    void unverified(String problem) {
        unverified.add(problem);
    }

    public List<SuiteOutcome> suites() {
        return suites.values().stream().map(Suite::outcome).toList();
    }

    /** {@return discovery warnings (stale selections, duplicate resources)} */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@return failures outside any check (the engine itself), which make the run unverified} */
    public List<String> unverified() {
        return List.copyOf(unverified);
    }

    public long count(Outcome outcome) {
        return checks().stream().filter(c -> c.is(outcome)).count();
    }

    public List<CheckOutcome> checks() {
        List<CheckOutcome> all = new ArrayList<>();
        suites.values().forEach(s -> s.datasets.values().forEach(d -> all.addAll(d.checks)));
        return all;
    }

    public boolean hasSuiteProblems() {
        return suites.values().stream().anyMatch(s -> !s.problems.isEmpty()) || checks().stream().anyMatch(CheckOutcome::isSuiteError);
    }

    /** {@return the exit code: 3 > 2 > 1 > 0; never 0 when anything could not be checked or nothing ran} */
    public ExitCode exitCode(boolean strict) {
        ExitCode code = ExitCode.OPEN;
        if (count(Outcome.FAILED) > 0 || (strict && count(Outcome.WARNED) > 0)) {
            code = code.worst(ExitCode.CLOSED);
        }
        // A discovery warning is a suite that could not be read (or a selection that found nothing): a tag filter may
        // have dropped its errored test, so the warning itself must keep the gate from opening.
        if (hasSuiteProblems() || checks().isEmpty() || !warnings.isEmpty()) {
            code = code.worst(ExitCode.USAGE);
        }
        if (!unverified.isEmpty() || checks().stream().anyMatch(c -> c.is(Outcome.ERRORED) && !c.isSuiteError())) {
            code = code.worst(ExitCode.UNVERIFIED);
        }
        return code;
    }

    /** {@return one word for the verdict} */
    public String verdict(boolean strict) {
        return switch (exitCode(strict)) {
            case OPEN -> count(Outcome.WARNED) > 0 ? "DEGRADED" : "OPEN";
            case CLOSED -> "CLOSED";
            case USAGE -> Outcome.INVALID;
            case UNVERIFIED -> "UNVERIFIED";
        };
    }

    /** {@return the run as the gate's JSON document describes it} */
    /** Remembers the options that point a next command at the data this run read ({@link RunRequest#sameDataOptions()}). */
    void dataOptions(List<String> options) {
        dataOptions = List.copyOf(options);
    }

    /** {@return the options that point a next command at the data this run read, e.g. {@code [--warehouse, x.duckdb]}} */
    public List<String> dataOptions() {
        return dataOptions;
    }

    public GateResult gateResult(boolean strict) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, count(outcome));
        }
        return new GateResult(verdict(strict), exitCode(strict).code(), strict, counts, suites(), warnings, unverified, dataOptions);
    }
}
