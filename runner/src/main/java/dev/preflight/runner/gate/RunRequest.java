package dev.preflight.runner.gate;

import dev.preflight.engine.Constants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to run: suite locations (files, directories or {@code classpath:} resources) and the overrides that the
 * command line adds to every suite.
 *
 * @param suites suite files, directories or {@code classpath:name} resources
 * @param startDate overrides parameter {@code start_date}, or {@code null}
 * @param endDate overrides parameter {@code end_date}, or {@code null}
 * @param parameters other parameter overrides
 * @param tags JUnit tag expressions to include, may be empty
 * @param warehouseSettings overrides of the suites' {@code warehouse:} settings, e.g. {@code path} or {@code type}
 */
public record RunRequest(List<String> suites, LocalDate startDate, LocalDate endDate, Map<String, String> parameters,
                         List<String> tags, Map<String, String> warehouseSettings) {

    public RunRequest {
        suites = List.copyOf(suites);
        parameters = Map.copyOf(parameters);
        tags = List.copyOf(tags);
        warehouseSettings = Map.copyOf(warehouseSettings);
    }

    /** @param warehousePath overrides the DuckDB path, or {@code null} */
    public RunRequest(List<String> suites, LocalDate startDate, LocalDate endDate, Map<String, String> parameters,
                      List<String> tags, String warehousePath) {
        this(suites, startDate, endDate, parameters, tags, warehousePath == null ? Map.of() : Map.of("path", warehousePath));
    }

    public RunRequest withSuites(List<String> other) {
        return new RunRequest(other, startDate, endDate, parameters, tags, warehouseSettings);
    }

    public RunRequest withTags(List<String> other) {
        return new RunRequest(suites, startDate, endDate, parameters, other, warehouseSettings);
    }

    /** {@return the overrides as the engine's configuration parameters} */
    public Map<String, String> configuration() {
        Map<String, String> configuration = new HashMap<>();
        parameters.forEach((k, v) -> configuration.put(Constants.PARAMETER_PREFIX + k, v));
        if (startDate != null) {
            configuration.put(Constants.PARAMETER_PREFIX + "start_date", startDate.toString());
        }
        if (endDate != null) {
            configuration.put(Constants.PARAMETER_PREFIX + "end_date", endDate.toString());
        }
        warehouseSettings.forEach((k, v) -> configuration.put(Constants.WAREHOUSE_PREFIX + k, v));
        return configuration;
    }

    /** {@return the parameter overrides, start and end dates included} */
    public Map<String, String> allParameters() {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (startDate != null) {
            all.put("start_date", startDate.toString());
        }
        if (endDate != null) {
            all.put("end_date", endDate.toString());
        }
        return all;
    }

    /**
     * {@return the options that point another command at this request's warehouse and parameters}, e.g.
     * {@code [--warehouse, x.duckdb, --param, team=LAL]}: what a command printed for the user to run next needs to
     * read the same data. Sorted by name, so the text is the same on every run. {@code parallelism} says how to scan,
     * not what, and is left out: a run's result does not depend on it. Secret values stay in: everything the command
     * prints is redacted, so they show as withheld rather than vanish unnoticed.
     */
    public List<String> sameDataOptions() {
        List<String> options = new ArrayList<>();
        new TreeMap<>(warehouseSettings).forEach((key, value) -> {
            if (key.equals(dev.preflight.warehouse.Warehouses.PARALLELISM)) {
                return;
            }
            if (key.equals("path")) {
                options.addAll(0, List.of("--warehouse", value));
            } else {
                options.addAll(List.of("--warehouse-setting", key + "=" + value));
            }
        });
        new TreeMap<>(parameters).forEach((key, value) -> options.addAll(List.of("--param", key + "=" + value)));
        return options;
    }
}
