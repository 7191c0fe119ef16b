package dev.preflight.checks.testing;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.DatasetFacts;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.source.SourceLocation;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Check contexts built by hand, for evaluation tests that need no warehouse: metrics are written as counts per date. */
public final class Contexts {

    public static final SourceLocation HERE = new SourceLocation(URI.create("file:///suite.yaml"), "suite.yaml", 1, 1);
    public static final DateWindow WINDOW = new DateWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"));

    private Contexts() {
    }

    public static Dataset dataset(String table, String dateColumn) {
        return new Dataset(table.substring(table.lastIndexOf('.') + 1), TableName.parse(table).orElseThrow(), dateColumn, List.of(),
                null, List.of(), List.of(), List.of(), HERE);
    }

    public static LocalDate day(int dayOfJanuary2024) {
        return LocalDate.of(2024, 1, dayOfJanuary2024);
    }

    /** Metrics from rows of {@code date, count, count, …} in the order of {@code metrics}. */
    public static final class Metrics {
        private final List<Metric> metrics;
        private final Map<LocalDate, long[]> perDate = new TreeMap<>();

        public Metrics(Metric... metrics) {
            this.metrics = List.of(metrics);
        }

        public Metrics on(LocalDate date, long... counts) {
            perDate.put(date, counts);
            return this;
        }

        public DatasetMetrics build() {
            return new DatasetMetrics(metrics, perDate);
        }
    }

    public static CheckContext context(Dataset dataset, DatasetMetrics metrics) {
        return new CheckContext(dataset.info(false), WINDOW, metrics, null, day(10), new TreeSet<>(), DatasetFacts.none());
    }

    public static CheckContext context(Dataset dataset, DatasetMetrics metrics, ExpectedCalendar calendar, NavigableSet<LocalDate> waived) {
        return new CheckContext(dataset.info(calendar != null), WINDOW, metrics, calendar, day(10), waived, DatasetFacts.none());
    }

    public static CheckContext context(Dataset dataset, DatasetMetrics metrics, DatasetFacts facts) {
        return new CheckContext(dataset.info(false), WINDOW, metrics, null, day(10), new TreeSet<>(), facts);
    }

    /** A calendar of the given days of January 2024, with an optional count per day. */
    public static ExpectedCalendar calendar(Map<Integer, Long> countsByDay) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        countsByDay.forEach((d, c) -> {
            dates.add(day(d));
            if (c != null) {
                counts.put(day(d), c);
            }
        });
        return new ExpectedCalendar(dates, List.of(day(1)), 0, counts);
    }
}
