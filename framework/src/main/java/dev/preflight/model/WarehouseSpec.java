package dev.preflight.model;

import dev.preflight.source.Redaction;
import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;

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
}
