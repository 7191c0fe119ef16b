package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks of one dataset, and the dataset's status for the gate. */
public final class DatasetOutcome {

    /** How a dataset stands at the gate, from its worst check. */
    public enum Status {
        READY("✓ ready"), DEGRADED("⚠ degraded"), BLOCKING("✗ blocking"), UNVERIFIED("? unverified");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String id;
    private final String table;
    private final List<String> requiredBy;
    private final List<CheckOutcome> checks = new ArrayList<>();

    DatasetOutcome(String id, String table, List<String> requiredBy) {
        this.id = id;
        this.table = table;
        this.requiredBy = List.copyOf(requiredBy);
    }

    private final java.util.Map<String, String> scan = new java.util.LinkedHashMap<>();

    /** Records what the dataset's container published about its scan: statements, bytes processed and billed. */
    void scan(java.util.Map<String, String> entries) {
        scan.putAll(entries);
    }

    /** {@return the scan's figures by report-entry key, e.g. {@code preflight.statements}; empty when none came} */
    public java.util.Map<String, String> scan() {
        return java.util.Collections.unmodifiableMap(scan);
    }

    void add(CheckOutcome check) {
        checks.add(check);
    }

    public String id() {
        return id;
    }

    public String table() {
        return table;
    }

    public List<String> requiredBy() {
        return requiredBy;
    }

    public List<CheckOutcome> checks() {
        return List.copyOf(checks);
    }

    public Status status() {
        Status status = Status.READY;
        for (CheckOutcome check : checks) {
            Status of = switch (check.status()) {
                case "ERRORED" -> Status.UNVERIFIED;
                case "FAILED" -> Status.BLOCKING;
                case "WARNED" -> Status.DEGRADED;
                default -> Status.READY;
            };
            if (of.ordinal() > status.ordinal()) {
                status = of;
            }
        }
        return status;
    }

    /** {@return the first coverage check's result document, if the dataset has one} */
    public Optional<JsonNode> coverage() {
        return checks.stream().filter(c -> c.type().equals("coverage") && !c.is("ERRORED")).map(CheckOutcome::document).findFirst();
    }
}
