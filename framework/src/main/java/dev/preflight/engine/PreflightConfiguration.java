package dev.preflight.engine;

import dev.preflight.model.ParameterSource;
import org.junit.platform.engine.ConfigurationParameters;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Typed access to the engine's configuration parameters (Cucumber's {@code CucumberConfiguration}). */
final class PreflightConfiguration {

    private final ConfigurationParameters parameters;

    PreflightConfiguration(ConfigurationParameters parameters) {
        this.parameters = parameters;
    }

    ParameterSource parameterSource() {
        return ParameterSource.standard(parameters::get, System.getenv());
    }

    Map<String, String> warehouseOverrides() {
        Map<String, String> overrides = new TreeMap<>();
        // System properties are not enumerated by ConfigurationParameters, so look at both.
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(Constants.WAREHOUSE_PREFIX)) {
                overrides.put(key.substring(Constants.WAREHOUSE_PREFIX.length()), System.getProperty(key));
            }
        }
        for (String key : parameters.keySet()) {
            if (key.startsWith(Constants.WAREHOUSE_PREFIX)) {
                parameters.get(key).ifPresent(v -> overrides.put(key.substring(Constants.WAREHOUSE_PREFIX.length()), v));
            }
        }
        return overrides;
    }

    String reportSourceUrl() {
        return parameters.get(Constants.REPORT_SOURCE_URL).map(String::trim).orElse("");
    }

    boolean publishCalendar() {
        return parameters.getBoolean(Constants.REPORT_CALENDAR).orElse(false);
    }

    boolean publishPerDate() {
        return parameters.getBoolean(Constants.REPORT_PER_DATE).orElse(true);
    }

    /** {@return the run's day: {@value Constants#TODAY} when set (reproducible runs and tests), else the clock's} */
    java.time.LocalDate today() {
        return parameters.get(Constants.TODAY).map(v -> java.time.LocalDate.parse(v.trim())).orElseGet(java.time.LocalDate::now);
    }

    boolean warningsFail() {
        Optional<String> value = parameters.get(Constants.WARNINGS);
        return value.map(v -> v.trim().equalsIgnoreCase("fail")).orElse(false);
    }
}
