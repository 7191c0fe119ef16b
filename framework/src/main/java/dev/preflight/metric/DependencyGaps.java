package dev.preflight.metric;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a dependency comparison found, per date: how many dates or key tuples this dataset has that the upstream
 * lacks ({@code missingUpstream}: it ran with incomplete inputs), and how many the upstream has that this dataset
 * lacks ({@code unprocessed}: inputs it has not processed yet). Dates where both agree are absent.
 */
@API(status = STABLE, since = "0.1")
public record DependencyGaps(NavigableMap<LocalDate, Long> missingUpstream, NavigableMap<LocalDate, Long> unprocessed) {

    public DependencyGaps {
        missingUpstream = Collections.unmodifiableNavigableMap(new TreeMap<>(missingUpstream));
        unprocessed = Collections.unmodifiableNavigableMap(new TreeMap<>(unprocessed));
    }
}
