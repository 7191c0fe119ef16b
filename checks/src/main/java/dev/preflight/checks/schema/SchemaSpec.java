package dev.preflight.checks.schema;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.DatasetFacts;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table has the expected columns, optionally of the expected types, and optionally nothing else. Reads the table's
 * metadata (one statement per dataset, however many schema checks), never its rows.
 *
 * @param columns the expected columns
 * @param allowExtra whether columns the suite does not list are allowed
 * @param caseSensitive whether {@code Game_Date} and {@code game_date} differ; DuckDB and BigQuery resolve column
 *        names without regard to case, so by default the check does too
 */
public record SchemaSpec(List<ExpectedColumn> columns, boolean allowExtra, boolean caseSensitive) implements CheckSpec {

    /** Names compared as the warehouse compares them: without regard to case. */
    public SchemaSpec(List<ExpectedColumn> columns, boolean allowExtra) {
        this(columns, allowExtra, false);
    }

    /** Type names that mean the same in DuckDB and BigQuery, so one suite reads the same on both. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("STRING", "VARCHAR"), Map.entry("TEXT", "VARCHAR"), Map.entry("INT64", "BIGINT"), Map.entry("INT", "INTEGER"),
            Map.entry("FLOAT64", "DOUBLE"), Map.entry("FLOAT8", "DOUBLE"), Map.entry("BOOL", "BOOLEAN"), Map.entry("NUMERIC", "DECIMAL"),
            Map.entry("ARRAY<FLOAT64>", "DOUBLE[]"), Map.entry("ARRAY<STRING>", "VARCHAR[]"), Map.entry("ARRAY<INT64>", "BIGINT[]"));

    public SchemaSpec {
        columns = List.copyOf(columns);
    }

    @Override
    public String defaultId() {
        return "schema";
    }

    @Override
    public List<Metric> metrics() {
        return List.of();
    }

    @Override
    public boolean needsSchema() {
        return true;
    }

    @Override
    public String describe() {
        return columns.size() + " columns present" + (allowExtra ? "" : ", no others");
    }

    static String normalize(String type) {
        String upper = type.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        return SYNONYMS.getOrDefault(upper, upper);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        DatasetFacts facts = context.facts();
        String table = context.dataset().table().toString();
        String expected = describe();
        Map<String, Object> observed = new LinkedHashMap<>();
        if (!facts.tableExists()) {
            observed.put("table_exists", false);
            return CheckResult.failed("table " + table + " does not exist", expected, "no table", observed);
        }
        Map<String, String> actual = facts.columns();
        Map<String, String> lookup = actual;
        if (!caseSensitive) {
            lookup = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            lookup.putAll(actual);
        }
        List<String> missing = new ArrayList<>();
        List<String> wrongType = new ArrayList<>();
        for (ExpectedColumn column : columns) {
            String type = lookup.get(column.name());
            if (type == null) {
                missing.add(column.name());
            } else if (column.type() != null && !normalize(column.type()).equals(normalize(type))) {
                wrongType.add(column.name() + " is " + type + ", not " + column.type());
            }
        }
        java.util.Set<String> listed = caseSensitive ? new java.util.HashSet<>() : new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        columns.forEach(c -> listed.add(c.name()));
        List<String> extra = allowExtra ? List.of() : actual.keySet().stream().filter(c -> !listed.contains(c)).toList();
        observed.put("columns", actual.size());
        observed.put("missing_columns", missing.size());
        observed.put("wrong_types", wrongType.size());
        observed.put("unexpected_columns", extra.size());
        Map<String, Object> mismatched = new LinkedHashMap<>();
        mismatched.put("missing", missing);
        mismatched.put("wrong_types", wrongType);
        mismatched.put("unexpected", extra);
        if (missing.isEmpty() && wrongType.isEmpty() && extra.isEmpty()) {
            return CheckResult.passed(table + " has the " + Format.plural(columns.size(), "expected column")
                            + (allowExtra ? "" : " and no others"), expected, actual.size() + " columns", observed)
                    .withDetail("schema", mismatched);
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!wrongType.isEmpty()) {
            parts.add(String.join(", ", wrongType));
        }
        if (!extra.isEmpty()) {
            parts.add("unexpected " + String.join(", ", extra));
        }
        return CheckResult.failed(table + " does not have the expected columns: " + String.join("; ", parts)
                + " (its columns: " + String.join(", ", actual.keySet()) + ")", expected, String.join("; ", parts), observed)
                .withDetail("schema", mismatched);
    }
}
