package dev.preflight.check;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.model.Dataset;
import dev.preflight.model.DateWindow;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a check may read when it judges: the dataset, the window, the scan's metrics and the calendar.
 */
public record CheckContext(Dataset dataset, DateWindow window, DatasetMetrics metrics, ExpectedCalendar calendar) {

    public CheckContext {
        Objects.requireNonNull(dataset, "dataset must not be null");
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(metrics, "metrics must not be null");
    }

    public Optional<ExpectedCalendar> expectedCalendar() {
        return Optional.ofNullable(calendar);
    }
}
