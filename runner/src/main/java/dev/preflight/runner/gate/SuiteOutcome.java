package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One suite's datasets, or the problems that kept it from running. */
public final class SuiteOutcome {

    private final String name;
    private final String file;
    private String window = "";
    private String verdict = "";
    private final Map<String, DatasetOutcome> datasets = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private JsonNode calendar;

    SuiteOutcome(String name, String file) {
        this.name = name;
        this.file = file;
    }

    public String name() {
        return name;
    }

    public String file() {
        return file;
    }

    public String window() {
        return window;
    }

    void window(String window) {
        this.window = window;
    }

    /** {@return the suite's verdict in its own words (e.g. NOT READY), or "" when the suite names none} */
    public String verdict() {
        return verdict;
    }

    void verdict(String verdict) {
        this.verdict = verdict;
    }

    DatasetOutcome dataset(String id, String table, List<String> requiredBy) {
        return datasets.computeIfAbsent(id, k -> new DatasetOutcome(id, table, requiredBy));
    }

    void calendar(JsonNode calendar) {
        this.calendar = calendar;
    }

    /** {@return the expected calendar over the window (season starts, expected and bootstrap dates), when published} */
    public Optional<JsonNode> calendar() {
        return Optional.ofNullable(calendar);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    public List<DatasetOutcome> datasets() {
        return List.copyOf(datasets.values());
    }

    /** {@return suite errors: each a line "file:line:column: message"} */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
