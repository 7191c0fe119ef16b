package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where a suite's SQL runs: a warehouse type ({@code duckdb}, {@code bigquery}) and its settings as written.
 * Settings stay strings here because each warehouse provider owns their meaning.
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
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
