package dev.preflight.model;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The inclusive range of dates a run validates, e.g. {@code game_date} from 2021-10-19 to 2026-01-03.
 */
@API(status = STABLE, since = "0.1")
public record DateWindow(LocalDate start, LocalDate end) {

    public DateWindow {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("window start " + start + " is after its end " + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
