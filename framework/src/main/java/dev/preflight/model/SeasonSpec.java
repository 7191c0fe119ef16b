package dev.preflight.model;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * How seasons start and how many of their first days are not expected to have data yet.
 *
 * @param starts season openers written in the suite; empty means "derive them from the calendar"
 * @param bootstrapDays days 0 to {@code bootstrapDays - 1} after each opener are not expected
 * @param gapDays with no season column, a gap of more than this many days between calendar dates starts a season
 */
@API(status = MAINTAINED, since = "0.1")
public record SeasonSpec(List<LocalDate> starts, int bootstrapDays, int gapDays) {

    public static final int DEFAULT_GAP_DAYS = 60;

    public SeasonSpec {
        starts = List.copyOf(starts);
        if (bootstrapDays < 0 || gapDays < 1) {
            throw new IllegalArgumentException("bootstrapDays must be >= 0 and gapDays >= 1");
        }
    }

    public static SeasonSpec none() {
        return new SeasonSpec(List.of(), 0, DEFAULT_GAP_DAYS);
    }
}
