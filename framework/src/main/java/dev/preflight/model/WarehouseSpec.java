package dev.preflight.model;

import dev.preflight.source.Problem;
import dev.preflight.source.Redaction;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where a suite's SQL runs: a warehouse type ({@code duckdb}, {@code bigquery}) and its settings as written.
 * Settings stay strings here because each warehouse provider owns their meaning. Values whose name says they are
 * secret, and URL user-info in any value, are registered with {@link Redaction} when the spec is made.
 *
 * @param type the provider's name, never {@code null}
 * @param settings provider settings, never {@code null}
 * @param location where the warehouse is declared
 */
@API(status = STABLE, since = "0.1")
public record WarehouseSpec(String type, Map<String, String> settings, SourceLocation location) {

    public WarehouseSpec {
        Objects.requireNonNull(type, "type must not be null");
        settings = Map.copyOf(settings);
        // Known as soon as they are read: a message about the suite may show the settings before any warehouse opens.
        Redaction.settings(settings, java.util.Set.of());
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    /**
     * {@return a setting that counts something (datasets at once, threads): a whole number from 1 to {@code max};
     * empty when the suite does not set it}
     *
     * @param owner whose setting the message calls it, e.g. {@code "duckdb warehouse"}
     * @param what what the number counts and where its range starts, e.g. {@code "threads each statement may use, from 1"}
     * @throws SuiteDefinitionException at the warehouse's location, saying what to write, when it is set to anything else
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public OptionalInt count(String key, int max, String owner, String what) {
        String text = settings.get(key);
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SuiteDefinitionException(new Problem(location, "the " + owner + " setting '" + key + "' is '" + text
                + "'; write a whole number of " + what + " to " + max));
    }
}
