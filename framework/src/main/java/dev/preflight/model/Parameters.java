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
 * <p>In SQL a parameter is a value, never text: {@link #sqlValue} gives it the type its declared default has
 * (a YAML number is a number, a {@code YYYY-MM-DD} date a date, anything else text), and the dialect renders or
 * binds that value. An override cannot change the type: {@code --param min=1 OR 1=1} is not a number.
 *
 * @param values parameter values by name, never {@code null}
 * @param types the type of each declared parameter; a name without one is text
 */
@API(status = STABLE, since = "0.1")
public record Parameters(Map<String, String> values, Map<String, Type> types) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What a parameter stands for in SQL. */
    public enum Type { TEXT, NUMBER, DATE }

    public Parameters {
        values = Map.copyOf(values);
        types = Map.copyOf(types);
    }

    /** Parameters that are all text. */
    public Parameters(Map<String, String> values) {
        this(values, Map.of());
    }

    /** {@return the type a declared default gives its parameter} */
    public static Type typeOf(String declared, boolean yamlNumber) {
        if (yamlNumber) {
            return Type.NUMBER;
        }
        return declared != null && DATE.matcher(declared.trim()).matches() ? Type.DATE : Type.TEXT;
    }

    /**
     * {@return the parameter's value as SQL sees it}: a {@link String}, a {@link Long} or {@link java.math.BigDecimal},
     * or a {@link java.time.LocalDate}
     *
     * @throws IllegalArgumentException when the name is unknown or the value is not of the parameter's type, with
     *         a message for the suite's author
     */
    public Object sqlValue(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown parameter '${" + name + "}'" + Suggestions.hint(name, values.keySet())
                    + "; declare it under 'parameters:'");
        }
        Type type = types.getOrDefault(name, Type.TEXT);
        try {
            switch (type) {
                case NUMBER: {
                    java.math.BigDecimal number = new java.math.BigDecimal(value.trim());
                    try {
                        return number.longValueExact();
                    } catch (ArithmeticException fraction) {
                        return number;
                    }
                }
                case DATE:
                    return java.time.LocalDate.parse(value.trim());
                default:
                    return value;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("parameter '" + name + "' is a " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " (its default under 'parameters:' is one), but its value '" + value + "' is not"
                    + (type == Type.DATE ? " a YYYY-MM-DD date" : ""));
        }
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
