package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Where parameter overrides come from: configuration parameters and system properties
 * ({@code preflight.param.NAME}), then environment variables ({@code PREFLIGHT_PARAM_NAME}).
 */
@FunctionalInterface
@API(status = MAINTAINED, since = "0.1")
public interface ParameterSource {

    Optional<String> lookup(String name);

    static ParameterSource none() {
        return name -> Optional.empty();
    }

    static ParameterSource of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /**
     * @param configuration looks up a configuration key, e.g. JUnit's {@code ConfigurationParameters::get}
     * @param environment the process environment
     */
    static ParameterSource standard(Function<String, Optional<String>> configuration, Map<String, String> environment) {
        return name -> configuration.apply("preflight.param." + name)
                .or(() -> Optional.ofNullable(environment.get("PREFLIGHT_PARAM_" + name.toUpperCase(Locale.ROOT))));
    }

    default ParameterSource orElse(ParameterSource next) {
        return name -> lookup(name).or(() -> next.lookup(name));
    }
}
