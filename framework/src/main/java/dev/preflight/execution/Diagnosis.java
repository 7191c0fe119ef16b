package dev.preflight.execution;

import dev.preflight.metric.Dependency;
import dev.preflight.metric.Metric;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.source.Problem;
import dev.preflight.source.Suggestions;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A failed statement is often a suite's mistake: names the table or column that does not exist, where the suite
 * writes it, with the nearest real column.
 */
final class Diagnosis {

    private Diagnosis() {
    }

    /**
     * @param prefetched the table's columns when a schema check already fetched them (empty: no such table), or
     *        {@code null} to fetch them now
     */
    static Optional<SuiteDefinitionException> of(Warehouse warehouse, Dataset dataset, List<CheckDefinition> checks,
                                                 Optional<Map<String, String>> prefetched) {
        Optional<Map<String, String>> columns = prefetched != null ? prefetched : columns(warehouse, dataset);
        if (columns == null) {
            return Optional.empty();
        }
        if (columns.isEmpty()) {
            return Optional.of(new SuiteDefinitionException(new Problem(dataset.location(),
                    "table " + dataset.table() + " does not exist in " + warehouse.describe() + "; check 'table' of dataset '" + dataset.id() + "'")));
        }
        Set<String> known = columns.get().keySet();
        List<Problem> problems = new ArrayList<>();
        Set<String> datasetColumns = new LinkedHashSet<>();
        if (dataset.isDated()) {
            datasetColumns.add(dataset.dateColumn());
        }
        datasetColumns.addAll(dataset.keys());
        for (String column : datasetColumns) {
            if (!known.contains(column)) {
                problems.add(new Problem(dataset.location(), missing(column, dataset, known)));
            }
        }
        for (CheckDefinition check : checks) {
            Set<String> reported = new LinkedHashSet<>();
            for (Metric metric : check.spec().metrics()) {
                for (String column : metric.columns()) {
                    if (!known.contains(column) && !datasetColumns.contains(column) && reported.add(column)) {
                        problems.add(new Problem(check.location(), missing(column, dataset, known)));
                    }
                }
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(new SuiteDefinitionException(problems));
    }

    /** A failed dependency comparison: which side's table or columns do not exist. */
    static Optional<SuiteDefinitionException> ofDependency(Warehouse warehouse, Dataset dataset, Dataset upstream, Dependency dependency) {
        List<Problem> problems = new ArrayList<>();
        side(warehouse, dataset, dependency.keys(), dependency, problems);
        side(warehouse, upstream, dependency.upstreamKeys(), dependency, problems);
        return problems.isEmpty() ? Optional.empty() : Optional.of(new SuiteDefinitionException(problems));
    }

    private static void side(Warehouse warehouse, Dataset dataset, List<String> keys, Dependency dependency, List<Problem> problems) {
        Optional<Map<String, String>> columns = columns(warehouse, dataset);
        if (columns == null) {
            return;
        }
        if (columns.isEmpty()) {
            problems.add(new Problem(dependency.location(), "table " + dataset.table() + " of dataset '" + dataset.id() + "' does not exist in "
                    + warehouse.describe()));
            return;
        }
        List<String> needed = new ArrayList<>(keys);
        needed.add(0, dataset.dateColumn());
        for (String column : needed) {
            if (!columns.get().containsKey(column)) {
                problems.add(new Problem(dependency.location(), missing(column, dataset, columns.get().keySet())));
            }
        }
    }

    /** {@return the columns, empty for no table, or {@code null} when the warehouse cannot tell} */
    private static Optional<Map<String, String>> columns(Warehouse warehouse, Dataset dataset) {
        try {
            return warehouse.columns(dataset.table());
        } catch (WarehouseException e) {
            return null;
        }
    }

    private static String missing(String column, Dataset dataset, Set<String> known) {
        return "column '" + column + "' does not exist in " + dataset.table() + Suggestions.hint(column, known)
                + "; its columns: " + String.join(", ", known);
    }
}
