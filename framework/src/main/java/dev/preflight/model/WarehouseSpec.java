package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import java.util.Map;
import java.util.Objects;

/**
 * Where a suite's SQL runs: a warehouse type ({@code duckdb}, {@code bigquery}) and its settings as written.
 * Settings stay strings here because each warehouse provider owns their meaning.
 *
 * @param type the provider's name, never {@code null}
 * @param settings provider settings, never {@code null}
 * @param location where the warehouse is declared
 */
public record WarehouseSpec(String type, Map<String, String> settings, SourceLocation location) {

    public WarehouseSpec {
        Objects.requireNonNull(type, "type must not be null");
        settings = Map.copyOf(settings);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
