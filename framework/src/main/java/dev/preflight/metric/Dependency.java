package dev.preflight.metric;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A comparison of a dataset with an upstream dataset of the same suite over the window: the dates (or date and key
 * tuples) that each has and the other lacks. One statement per distinct comparison.
 *
 * @param upstream the upstream dataset's id
 * @param keys key columns of this dataset compared besides the date, may be empty
 * @param upstreamKeys the upstream's columns matched to {@code keys}, position by position
 * @param location where the upstream is named, for problems
 */
@API(status = STABLE, since = "0.1")
public record Dependency(String upstream, List<String> keys, List<String> upstreamKeys, SourceLocation location) {

    public Dependency {
        Objects.requireNonNull(upstream, "upstream must not be null");
        keys = List.copyOf(keys);
        upstreamKeys = List.copyOf(upstreamKeys);
        if (keys.size() != upstreamKeys.size()) {
            throw new IllegalArgumentException("keys and upstreamKeys differ in length: " + keys + " vs " + upstreamKeys);
        }
    }

    // Equality ignores the location: two checks comparing the same pair share one statement.
    @Override
    public boolean equals(Object other) {
        return other instanceof Dependency d && d.upstream.equals(upstream) && d.keys.equals(keys) && d.upstreamKeys.equals(upstreamKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(upstream, keys, upstreamKeys);
    }
}
