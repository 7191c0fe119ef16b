package dev.preflight.runner.suggest;

import dev.preflight.execution.DatasetScanner;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;
import dev.preflight.metric.QueryResult;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.plan.Scan;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.plan.ValuesPlanner;
import dev.preflight.calendar.DateRanges;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.execution.CalendarLoader;
import dev.preflight.model.CalendarSpec;
import dev.preflight.model.SeasonSpec;
import dev.preflight.warehouse.Missing;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.suite.Dataset;
import dev.preflight.warehouse.Warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Measures a table for {@link SuggestedSuite}: row count, each column's NULLs, each number column's negative values
 * and the duplicates on the given keys, in one scan planned like a gate's ({@link ScanPlanner}), so a table costs the
 * same statement a suite of those checks would send; and, with a second statement ({@link ValuesPlanner}), the values
 * of the text columns that hold few.
 */
public final class Profiler {

    /** Number types of DuckDB and BigQuery that can hold a value below zero. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile(
            "(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|INT64|FLOAT|REAL|DOUBLE|FLOAT64|NUMERIC|BIGNUMERIC|DECIMAL)(\\(.*\\))?");
    /** Text types of DuckDB and BigQuery, whose values {@link ValuesPlanner} lists. */
    private static final Pattern TEXT = Pattern.compile("(VARCHAR|STRING|TEXT|CHAR|BPCHAR)(\\(.*\\))?");
    /** The window when none is asked for: every date a table can hold. */
    static final DateWindow EVERY_DATE = new DateWindow(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

    private Profiler() {
    }

    /**
     * What to measure.
     *
     * @param table the table
     * @param dateColumn the DATE column to group by; empty to take the table's only DATE column, if it has exactly one
     * @param keys columns that identify a row, or none
     * @param window the dates to measure, or empty for all of them
     * @param maxValues text columns (other than keys) with at most this many distinct values get them listed, with a
     *        second statement; 0 for none
     * @param calendar a table whose distinct dates the table must cover, or empty
     * @param today the last calendar date compared, unless a window was asked for
     */
    public record Request(TableName table, Optional<String> dateColumn, List<String> keys, Optional<DateWindow> window,
                          int maxValues, Optional<Calendar> calendar, LocalDate today) {

        public Request {
            keys = List.copyOf(keys);
        }
    }

    /**
     * @throws UsageException when the table, the date column, a key or the calendar does not exist, naming what does
     */
    public static TableProfile profile(Warehouse warehouse, Request request) {
        TableName table = request.table();
        Optional<String> dateColumn = request.dateColumn();
        List<String> keys = request.keys();
        Optional<DateWindow> window = request.window();
        Map<String, String> columns = warehouse.columns(table).orElseThrow(() -> new UsageException("table " + table
                + " does not exist in " + warehouse.describe() + Missing.tableHint(warehouse, table)));
        Optional<String> dated = dateColumn.isPresent() ? Optional.of(dateColumn("--date-column", dateColumn.get(), columns, table)) : onlyDate(columns);
        List<String> keyColumns = keys.stream().map(key -> column(key, columns, table)).toList();
        Dataset dataset = new Dataset(table.simpleName(), table, dated.orElse(null), keyColumns, null, List.of(), List.of(),
                List.of(), null);

        List<Metric> metrics = new ArrayList<>();
        Metric rows = new Metric.RowCount();
        metrics.add(rows);
        Map<String, Metric> nulls = new LinkedHashMap<>();
        Map<String, Metric> negatives = new LinkedHashMap<>();
        columns.forEach((name, type) -> {
            nulls.put(name, new Metric.NullCount(name));
            if (SIGNED_NUMBER.matcher(type.trim().toUpperCase(Locale.ROOT)).matches()) {
                negatives.put(name, new Metric.CountIf(new Predicate.Compare(name, Predicate.Operator.LESS,
                        new Predicate.Literal.Number(BigDecimal.ZERO))));
            }
        });
        metrics.addAll(nulls.values());
        metrics.addAll(negatives.values());
        Metric duplicates = keyColumns.isEmpty() ? null : new Metric.DuplicateRows(keyColumns);
        if (duplicates != null) {
            metrics.add(duplicates);
        }

        DateWindow scanned = window.orElse(EVERY_DATE);
        Scan scan = ScanPlanner.plan(dataset, scanned, metrics, warehouse.dialect());
        DatasetMetrics measured = DatasetScanner.run(scan, warehouse);

        Map<String, List<TableProfile.ValueRows>> values = values(warehouse, dataset, scanned, columns, keyColumns, request.maxValues());
        List<TableProfile.ColumnProfile> profiles = new ArrayList<>();
        columns.forEach((name, type) -> profiles.add(new TableProfile.ColumnProfile(name, type, measured.total(nulls.get(name)),
                negatives.containsKey(name) ? OptionalLong.of(measured.total(negatives.get(name))) : OptionalLong.empty(),
                Optional.ofNullable(values.get(name)))));
        TableProfile.DateRows dates = dated.isPresent() ? dateRows(measured.perDate(rows)) : TableProfile.DateRows.NONE;
        Optional<TableProfile.Coverage> coverage = Optional.empty();
        if (request.calendar().isPresent()) {
            if (dated.isEmpty()) {
                throw new UsageException("--calendar needs the table's DATE column, and " + table + " has none");
            }
            coverage = Optional.of(coverage(warehouse, request.calendar().get(), window, measured.datesWithRows(), dates, request.today()));
        }
        return new TableProfile(table, dated, scanned, measured.total(rows), dates, profiles, keyColumns,
                duplicates == null ? OptionalLong.empty() : OptionalLong.of(measured.total(duplicates)), coverage);
    }

    /**
     * A calendar table for {@code --calendar}.
     *
     * @param table the table
     * @param dateColumn its DATE column, or empty for its only one
     */
    public record Calendar(TableName table, Optional<String> dateColumn) {
    }

    /** {@return the table's dates against the calendar's}, read as a suite's calendar is ({@link CalendarLoader}) */
    private static TableProfile.Coverage coverage(Warehouse warehouse, Calendar calendar, Optional<DateWindow> asked,
                                                  java.util.Set<LocalDate> withRows, TableProfile.DateRows dates, LocalDate today) {
        Map<String, String> columns = warehouse.columns(calendar.table()).orElseThrow(() -> new UsageException("calendar table "
                + calendar.table() + " does not exist in " + warehouse.describe() + Missing.tableHint(warehouse, calendar.table())));
        String column = calendar.dateColumn().isPresent() ? dateColumn("--calendar-column", calendar.dateColumn().get(), columns, calendar.table())
                : onlyDate(columns).orElseThrow(() -> new UsageException("calendar table " + calendar.table()
                + " has no DATE column; name its date column with --calendar-column"));
        ExpectedCalendar expected = CalendarLoader.load(new CalendarSpec.FromTable(calendar.table(), column, null, null, null),
                SeasonSpec.none(), () -> warehouse);
        DateWindow window = asked.orElseGet(() -> {
            LocalDate start = dates.count() > 0 ? dates.first() : expected.dates().first();
            LocalDate end = Optional.ofNullable(expected.dates().floor(today)).orElse(expected.dates().last());
            return new DateWindow(start, end.isBefore(start) ? start : end);
        });
        java.util.SortedSet<LocalDate> inWindow = expected.within(window).expected();
        List<LocalDate> missing = inWindow.stream().filter(date -> !withRows.contains(date)).toList();
        return new TableProfile.Coverage(calendar.table(), column, window, inWindow.size(), DateRanges.compact(missing, inWindow));
    }

    /** {@return each few-valued text column's values, from one statement; keys are identifiers, never categories} */
    private static Map<String, List<TableProfile.ValueRows>> values(Warehouse warehouse, Dataset dataset, DateWindow window,
                                                                    Map<String, String> columns, List<String> keys, int maxValues) {
        List<String> text = columns.entrySet().stream()
                .filter(e -> TEXT.matcher(e.getValue().trim().toUpperCase(Locale.ROOT)).matches() && !keys.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, List<TableProfile.ValueRows>> values = new LinkedHashMap<>();
        if (text.isEmpty() || maxValues < 1) {
            return values;
        }
        QueryResult result = warehouse.execute(ValuesPlanner.plan(dataset, window, text, maxValues, warehouse.dialect()));
        for (List<Object> row : result.rows()) {
            String column = text.get(((Number) row.get(0)).intValue());
            values.computeIfAbsent(column, c -> new ArrayList<>())
                    .add(new TableProfile.ValueRows(String.valueOf(row.get(1)), ((Number) row.get(2)).longValue()));
        }
        return values;
    }

    private static TableProfile.DateRows dateRows(NavigableMap<LocalDate, Long> perDate) {
        List<Long> counts = perDate.values().stream().filter(n -> n > 0).sorted().toList();
        List<LocalDate> dates = perDate.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        if (counts.isEmpty()) {
            return TableProfile.DateRows.NONE;
        }
        return new TableProfile.DateRows(counts.size(), dates.get(0), dates.get(dates.size() - 1), counts.get(0),
                counts.get(counts.size() / 2), counts.get(counts.size() - 1));
    }

    /** {@return the column as the table spells it}; names compare without case, as DuckDB and BigQuery resolve them */
    private static String column(String name, Map<String, String> columns, TableName table) {
        return columns.keySet().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new UsageException(Missing.column(name, table, columns.keySet())));
    }

    /** {@return the named column, which must be a DATE: the scan groups by it and a gate's window is a range of dates} */
    private static String dateColumn(String option, String name, Map<String, String> columns, TableName table) {
        String column = column(name, columns, table);
        String type = columns.get(column).trim();
        if (!type.equalsIgnoreCase("DATE")) {
            String without = option.equals("--date-column") ? " to read the table whole" : " to take its only DATE column";
            List<String> dates = dates(columns);
            throw new UsageException(option + " " + name + " is " + type + ", not DATE; name a DATE column, or leave the option out"
                    + without + (dates.isEmpty() ? "" : " (its DATE columns: " + String.join(", ", dates) + ")"));
        }
        return column;
    }

    private static List<String> dates(Map<String, String> columns) {
        return columns.entrySet().stream().filter(e -> e.getValue().trim().equalsIgnoreCase("DATE")).map(Map.Entry::getKey).toList();
    }

    /** {@return the table's DATE column when it has exactly one}; with several, the caller must choose */
    private static Optional<String> onlyDate(Map<String, String> columns) {
        List<String> dates = dates(columns);
        if (dates.size() > 1) {
            throw new UsageException("the table has " + dates.size() + " DATE columns (" + String.join(", ", dates)
                    + "); name the one that dates its rows with --date-column");
        }
        return dates.stream().findFirst();
    }
}
