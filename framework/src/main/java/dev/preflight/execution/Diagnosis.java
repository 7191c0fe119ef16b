package dev.preflight.execution;

import dev.preflight.metric.Dependency;
import dev.preflight.plan.DatasetPlan;
import dev.preflight.plan.Scan;
import dev.preflight.suite.Suite;
import dev.preflight.model.CalendarSpec;
import dev.preflight.sql.Statement;
import dev.preflight.metric.Metric;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.source.Problem;
import dev.preflight.source.Suggestions;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.warehouse.Missing;
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
     * The table or columns of a failed scan that do not exist. A missing table, date column or key fails the whole
     * dataset; a column only some checks name fails those checks alone, so the others can be scanned again.
     *
     * @param prefetched the table's columns when a schema check already fetched them (empty: no such table), or
     *        {@code null} to fetch them now
     * @return empty when nothing is missing or the warehouse cannot tell
     */
    static Optional<Rejections> missing(Warehouse warehouse, Dataset dataset, List<CheckDefinition> checks,
                                        Optional<Map<String, String>> prefetched) {
        Optional<Map<String, String>> columns = prefetched != null ? prefetched : columns(warehouse, dataset);
        if (columns == null) {
            return Optional.empty();
        }
        if (columns.isEmpty()) {
            return Optional.of(new Rejections(new SuiteDefinitionException(new Problem(dataset.location(),
                    "table " + dataset.table() + " does not exist in " + warehouse.describe() + Missing.tableHint(warehouse, dataset.table())
                            + "; check 'table' of dataset '" + dataset.id() + "'")), Map.of()));
        }
        Set<String> known = columns.get().keySet();
        List<Problem> datasetProblems = new ArrayList<>();
        Set<String> datasetColumns = new LinkedHashSet<>();
        if (dataset.isDated()) {
            datasetColumns.add(dataset.dateColumn());
        }
        datasetColumns.addAll(dataset.keys());
        for (String column : datasetColumns) {
            if (!has(known, column)) {
                datasetProblems.add(new Problem(dataset.location(), Missing.column(column, dataset.table(), known)));
            }
        }
        Map<String, List<Problem>> checkProblems = new java.util.LinkedHashMap<>();
        for (CheckDefinition check : checks) {
            Set<String> reported = new LinkedHashSet<>();
            for (Metric metric : check.spec().metrics()) {
                for (String column : metric.columns()) {
                    if (!has(known, column) && !datasetColumns.contains(column) && reported.add(column)) {
                        checkProblems.computeIfAbsent(check.id(), id -> new ArrayList<>()).add(new Problem(check.location(), Missing.column(column, dataset.table(), known)));
                    }
                }
            }
        }
        if (!datasetProblems.isEmpty()) {
            checkProblems.values().forEach(datasetProblems::addAll);
            return Optional.of(new Rejections(new SuiteDefinitionException(datasetProblems), Map.of()));
        }
        if (checkProblems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RuntimeException> failed = new java.util.LinkedHashMap<>();
        checkProblems.forEach((id, problems) -> failed.put(id, new SuiteDefinitionException(problems)));
        return Optional.of(new Rejections(null, failed));
    }

    /**
     * A calendar statement that failed: the calendar's table or columns that do not exist, a {@code where} the
     * warehouse does not accept, or the author's query it rejects; else the warehouse's own failure.
     */
    static RuntimeException ofCalendar(Warehouse warehouse, CalendarSpec spec, Statement statement, WarehouseException failure) {
        String name = warehouse.dialect().name();
        if (spec instanceof CalendarSpec.FromQuery query) {
            return warehouse.rejection(statement).<RuntimeException>map(reason -> new SuiteDefinitionException(new Problem(query.location(),
                    "the calendar query failed in " + name + ": " + reason))).orElse(failure);
        }
        if (!(spec instanceof CalendarSpec.FromTable table)) {
            return failure;
        }
        Optional<Map<String, String>> columns;
        try {
            columns = warehouse.columns(table.table());
        } catch (WarehouseException e) {
            return failure;
        }
        if (columns.isEmpty()) {
            return located(table.location(), "table " + table.table() + " of the calendar does not exist in " + warehouse.describe()
                    + Missing.tableHint(warehouse, table.table()) + "; check 'table' of the calendar");
        }
        Set<String> known = columns.get().keySet();
        List<Problem> problems = new ArrayList<>();
        for (String column : java.util.Arrays.asList(table.dateColumn(), table.seasonColumn(), table.countDistinct())) {
            if (column != null && !has(known, column)) {
                problems.add(new Problem(table.location(), "column '" + column + "' of the calendar does not exist in " + table.table()
                        + Suggestions.hint(column, known) + "; its columns: " + String.join(", ", known)));
            }
        }
        if (!problems.isEmpty()) {
            return new SuiteDefinitionException(problems);
        }
        String type = columns.get().entrySet().stream().filter(c -> c.getKey().equalsIgnoreCase(table.dateColumn()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (type != null && !type.toUpperCase(java.util.Locale.ROOT).equals("DATE")) {
            return located(table.location(), "the calendar's date_column '" + table.dateColumn() + "' is " + type + " in " + table.table()
                    + "; it must be a DATE: cast it in a calendar query instead, e.g. query: SELECT DISTINCT CAST("
                    + table.dateColumn() + " AS DATE) FROM " + table.table());
        }
        if (table.where() != null) {
            Optional<String> rejected = warehouse.rejection(count(warehouse, Statement.Kind.CALENDAR, "calendar", table.table(), table.where()));
            if (rejected.isPresent()) {
                return located(table.location(), "the calendar's 'where' is not a condition " + name + " accepts: " + rejected.get());
            }
        }
        return warehouse.rejection(statement).<RuntimeException>map(reason -> new SuiteDefinitionException(new Problem(table.location(),
                "the calendar's statement is not one " + name + " accepts: " + reason))).orElse(failure);
    }

    /**
     * What a failed scan's diagnosis blames: the dataset (its table, date column, keys or {@code where}; then every
     * check fails with it) or single checks (a column only they name, or SQL the warehouse rejects in their scan alone).
     *
     * @param dataset the dataset's located failure, or {@code null}
     * @param checks each blamed check's located failure, by check id
     */
    record Rejections(RuntimeException dataset, Map<String, RuntimeException> checks) {
    }

    /**
     * What the warehouse rejects in a scan that failed though every table and column exists: the dataset's
     * {@code where}, or single checks, each probed alone in the scan the plan would give it, without running anything.
     */
    static Rejections isolate(Warehouse warehouse, Suite suite, Dataset dataset, List<CheckDefinition> checks) {
        String name = warehouse.dialect().name();
        // A table the warehouse cannot read at all (a view over files outside the sandbox, a table the endpoint does
        // not serve) is no check's mistake: the scan's own failure stands.
        if (warehouse.rejection(count(warehouse, Statement.Kind.SCAN, dataset.id(), dataset.table(), null)).isPresent()) {
            return new Rejections(null, Map.of());
        }
        if (dataset.rowFilter().isPresent()) {
            dev.preflight.model.SqlFragment filter = dataset.rowFilter().get();
            Optional<String> rejected = warehouse.rejection(count(warehouse, Statement.Kind.SCAN, dataset.id(), dataset.table(), filter));
            if (rejected.isPresent()) {
                return new Rejections(located(filter.location() != null ? filter.location() : dataset.location(),
                        "the 'where' of dataset '" + dataset.id() + "' is not accepted by " + name + ": " + rejected.get()), Map.of());
            }
        }
        Map<String, RuntimeException> rejected = new java.util.LinkedHashMap<>();
        for (CheckDefinition check : checks) {
            Optional<Scan> alone = DatasetPlan.of(suite, dataset, List.of(check), warehouse.dialect()).scan();
            alone.flatMap(scan -> scan.statements().stream().map(warehouse::rejection).flatMap(Optional::stream).findFirst()).ifPresent(reason -> rejected.put(check.id(), located(check.location(),
                    "check '" + check.id() + "' of dataset '" + dataset.id() + "' is not accepted by " + name + ": " + reason)));
        }
        return new Rejections(null, rejected);
    }

    /** The probe that asks whether the warehouse reads a table, through an author's condition when there is one. */
    private static Statement count(Warehouse warehouse, Statement.Kind kind, String label, dev.preflight.model.TableName table,
                                   dev.preflight.model.SqlFragment condition) {
        String sql = "SELECT COUNT(*) FROM " + warehouse.dialect().table(table);
        return new Statement(kind, label, condition == null ? sql : sql + " WHERE (" + condition.render(warehouse.dialect()::value) + ")");
    }

    private static SuiteDefinitionException located(dev.preflight.source.SourceLocation at, String message) {
        return new SuiteDefinitionException(new Problem(at, message));
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
                    + warehouse.describe() + Missing.tableHint(warehouse, dataset.table())));
            return;
        }
        List<String> needed = new ArrayList<>(keys);
        needed.add(0, dataset.dateColumn());
        for (String column : needed) {
            if (!columns.get().containsKey(column)) {
                problems.add(new Problem(dependency.location(), Missing.column(column, dataset.table(), columns.get().keySet())));
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

    /** Warehouses resolve column names without regard to case (DuckDB, BigQuery), so a diagnosis must too. */
    private static boolean has(Set<String> known, String column) {
        return known.stream().anyMatch(column::equalsIgnoreCase);
    }
}
