package dev.preflight.model;

import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.Suggestions;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A suite's parameters after overrides, and the {@code ${name}} interpolation that uses them.
 *
 * @param values parameter values by name, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record Parameters(Map<String, String> values) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    public Parameters {
        values = Map.copyOf(values);
    }

    static Parameters none() {
        return new Parameters(Map.of());
    }

    /**
     * Replaces every {@code ${name}} in {@code text}; an unknown name is a problem at {@code location}.
     */
    public String interpolate(String text, SourceLocation location, Problems problems) {
        if (text == null || text.indexOf("${") < 0) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            String value = values.get(name);
            if (value == null) {
                problems.add(location, "unknown parameter '${" + name + "}'" + Suggestions.hint(name, values.keySet())
                        + "; declare it under 'parameters:' or pass it with -Dpreflight.param." + name + "=…");
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@return whether every {@code ${name}} in {@code text} names a known parameter} */
    public boolean resolves(String text) {
        if (text == null || text.indexOf("${") < 0) {
            return true;
        }
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (!values.containsKey(matcher.group(1).trim())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return new TreeMap<>(values).toString();
    }
}
