package dev.preflight.runner.gate;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run of suites produced, grouped by suite and dataset, and the gate's verdict on it. */
public final class RunResult {

    private final Map<String, SuiteOutcome> suites = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> unverified = new ArrayList<>();

    SuiteOutcome suite(String file, String name) {
        return suites.computeIfAbsent(file, k -> new SuiteOutcome(name, file));
    }

    void warning(String warning) {
        warnings.add(warning);
    }

    void unverified(String problem) {
        unverified.add(problem);
    }

    public List<SuiteOutcome> suites() {
        return List.copyOf(suites.values());
    }

    /** {@return discovery warnings (stale selections, duplicate resources)} */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** {@return failures outside any check (the engine itself), which make the run unverified} */
    public List<String> unverified() {
        return List.copyOf(unverified);
    }

    public long count(String status) {
        return checks().stream().filter(c -> c.is(status)).count();
    }

    public List<CheckOutcome> checks() {
        List<CheckOutcome> all = new ArrayList<>();
        suites.values().forEach(s -> s.datasets().forEach(d -> all.addAll(d.checks())));
        return all;
    }

    public boolean hasSuiteProblems() {
        return suites.values().stream().anyMatch(s -> !s.problems().isEmpty())
                || checks().stream().anyMatch(c -> c.is("ERRORED") && c.error().equals("suite"));
    }

    /** {@return the exit code: 3 > 2 > 1 > 0; never 0 when anything could not be checked or nothing ran} */
    public ExitCode exitCode(boolean strict) {
        ExitCode code = ExitCode.OPEN;
        if (count("FAILED") > 0 || (strict && count("WARNED") > 0)) {
            code = code.worst(ExitCode.CLOSED);
        }
        // A discovery warning is a suite that could not be read (or a selection that found nothing): a tag filter may
        // have dropped its errored test, so the warning itself must keep the gate from opening.
        if (hasSuiteProblems() || checks().isEmpty() || !warnings.isEmpty()) {
            code = code.worst(ExitCode.USAGE);
        }
        if (!unverified.isEmpty() || checks().stream().anyMatch(c -> c.is("ERRORED") && !c.error().equals("suite"))) {
            code = code.worst(ExitCode.UNVERIFIED);
        }
        return code;
    }

    /** {@return one word for the verdict} */
    public String verdict(boolean strict) {
        return switch (exitCode(strict)) {
            case OPEN -> count("WARNED") > 0 ? "DEGRADED" : "OPEN";
            case CLOSED -> "CLOSED";
            case USAGE -> "INVALID";
            case UNVERIFIED -> "UNVERIFIED";
        };
    }
}
