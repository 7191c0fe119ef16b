package dev.preflight.check;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.model.DateWindow;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Everything a check may read when it judges: the dataset, the window, the scan's metrics, the calendar, the day of
 * the run, the dates its waivers take out of the judgement, and the dataset's other facts.
 *
 * @param waived dates of unexpired waivers of this check that lie in the window; a check reports the ones it used
 * @param history the check's series from earlier runs on dates before the window (the latest run's value per date),
 *                empty without a suite {@code history:} or when it could not be read
 */
@API(status = STABLE, since = "0.1")
public record CheckContext(DatasetInfo dataset, DateWindow window, DatasetMetrics metrics, ExpectedCalendar calendar,
                           LocalDate today, NavigableSet<LocalDate> waived, DatasetFacts facts,
                           java.util.NavigableMap<LocalDate, Double> history) {

    public CheckContext {
        Objects.requireNonNull(dataset, "dataset must not be null");
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(metrics, "metrics must not be null");
        today = today == null ? LocalDate.now() : today;
        waived = Collections.unmodifiableNavigableSet(new TreeSet<>(waived == null ? new TreeSet<>() : waived));
        facts = facts == null ? DatasetFacts.none() : facts;
        history = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(history == null ? java.util.Map.of() : history));
    }

    /** A context without history. */
    public CheckContext(DatasetInfo dataset, DateWindow window, DatasetMetrics metrics, ExpectedCalendar calendar,
                        LocalDate today, NavigableSet<LocalDate> waived, DatasetFacts facts) {
        this(dataset, window, metrics, calendar, today, waived, facts, null);
    }

    /** {@return the same context with the check's earlier values} */
    public CheckContext withHistory(java.util.NavigableMap<LocalDate, Double> earlier) {
        return new CheckContext(dataset, window, metrics, calendar, today, waived, facts, earlier);
    }

    /** A context without waivers or facts, judged today. */
    public CheckContext(DatasetInfo dataset, DateWindow window, DatasetMetrics metrics, ExpectedCalendar calendar) {
        this(dataset, window, metrics, calendar, LocalDate.now(), new TreeSet<>(), DatasetFacts.none());
    }

    public Optional<ExpectedCalendar> expectedCalendar() {
        return Optional.ofNullable(calendar);
    }

    /** {@return the metrics without the waived dates: what checks that judge totals read} */
    public DatasetMetrics judgedMetrics() {
        return metrics.without(waived);
    }

    /** {@return the waived dates that had rows, i.e. that {@link #judgedMetrics()} left out} */
    public java.util.List<LocalDate> waivedDatesWithRows() {
        // Most checks have no waiver: no walk over every date with rows for each of them.
        return waived.isEmpty() ? java.util.List.of() : metrics.datesWithRows().stream().filter(waived::contains).toList();
    }

    public boolean isWaived(LocalDate date) {
        return waived.contains(date);
    }
}
