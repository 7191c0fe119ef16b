package dev.preflight.checks.anomaly;

import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.check.DatasetInfo;
import dev.preflight.model.SqlFragment;
import dev.preflight.yaml.MappingReader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code anomaly: {metric: rows, per: season, rows_per_calendar_count: true}},
 * {@code anomaly: {metric: null_share(usage_rate), direction: rise}}, {@code anomaly: {metric: value_mean(minutes)}} or {@code anomaly: {metric: "share(points > 40)"}};
 * {@code method: mad} (default) or {@code zscore}, {@code sensitivity}, {@code lookback}, {@code min_history},
 * {@code direction: drop | rise | both}.
 */
public final class AnomalyCheckType implements CheckType {

    static final double MAD_SENSITIVITY = 4;
    static final double ZSCORE_SENSITIVITY = 3.0;
    static final int LOOKBACK = 28;
    static final int MIN_HISTORY = 7;

    private static final Pattern CALL = Pattern.compile("(?s)\\s*(rows|null_share|share|value_mean)\\s*(?:\\((.*)\\))?\\s*");

    @Override
    public String name() {
        return "anomaly";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        boolean perCount = arguments.bool("rows_per_calendar_count").orElse(false);
        Optional<Series> series = arguments.requiredString("metric").flatMap(text -> series(text, perCount, arguments));
        Optional<Method> method = choice(arguments, "method", Method.values(), Method.MAD);
        Optional<AnomalySpec.Direction> direction = choice(arguments, "direction", AnomalySpec.Direction.values(), AnomalySpec.Direction.BOTH);
        Optional<String> per = arguments.string("per").map(p -> p.trim().toLowerCase(Locale.ROOT));
        if (per.isPresent() && !per.get().equals("season") && !per.get().equals("window")) {
            arguments.problems().add(arguments.locationOf("per"), "'per' of " + arguments.what() + " is season (the baseline restarts at each"
                    + " season's opener) or window, not '" + per.get() + "'");
            return Optional.empty();
        }
        Optional<Double> given = arguments.string("sensitivity").flatMap(text -> positive(text, arguments));
        double sensitivity = given.orElse(method.orElse(Method.MAD) == Method.MAD ? MAD_SENSITIVITY : ZSCORE_SENSITIVITY);
        Optional<Long> lookback = arguments.integer("lookback", 1);
        Optional<Long> minHistory = arguments.integer("min_history", 1);
        if ((arguments.has("lookback") && lookback.isEmpty()) || (arguments.has("min_history") && minHistory.isEmpty())
                || (arguments.has("sensitivity") && given.isEmpty())) {
            return Optional.empty();
        }
        int look = lookback.orElse((long) LOOKBACK).intValue();
        int least = minHistory.orElse((long) Math.min(MIN_HISTORY, look)).intValue();
        if (least > look) {
            arguments.problems().add(arguments.locationOf("min_history"), arguments.what() + " has min_history " + least
                    + " above lookback " + look + ": no date could ever be judged");
            return Optional.empty();
        }
        if (perCount && series.isPresent() && !(series.get() instanceof Series.Rows)) {
            arguments.problems().add(arguments.locationOf("rows_per_calendar_count"), "'rows_per_calendar_count' of " + arguments.what()
                    + " applies to metric: rows only");
            return Optional.empty();
        }
        if (series.isEmpty() || method.isEmpty() || direction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnomalySpec(series.get(), method.get(), sensitivity, look, least, direction.get(), per.orElse("window").equals("season")));
    }

    private static Optional<Series> series(String text, boolean perCount, MappingReader arguments) {
        Matcher call = CALL.matcher(text);
        String rule = "'metric' of " + arguments.what() + " is rows, null_share(COLUMN), value_mean(COLUMN) or share(CONDITION), not '" + text.trim() + "'";
        if (!call.matches()) {
            arguments.problems().add(arguments.locationOf("metric"), rule);
            return Optional.empty();
        }
        String argument = call.group(2) == null ? null : call.group(2).trim();
        switch (call.group(1)) {
            case "rows":
                if (argument != null) {
                    arguments.problems().add(arguments.locationOf("metric"), rule);
                    return Optional.empty();
                }
                return Optional.of(new Series.Rows(perCount));
            case "null_share":
            case "value_mean":
                if (argument == null) {
                    arguments.problems().add(arguments.locationOf("metric"), rule);
                    return Optional.empty();
                }
                Optional<String> column = MappingReader.columnName(argument, arguments.locationOf("metric"), arguments.problems());
                return call.group(1).equals("null_share") ? column.map(Series.NullShare::new) : column.map(Series.ValueMean::new);
            default:
                if (argument == null || argument.isEmpty()) {
                    arguments.problems().add(arguments.locationOf("metric"), rule);
                    return Optional.empty();
                }
                return arguments.condition(argument, arguments.locationOf("metric")).map(Series.Share::new);
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(MappingReader arguments, String key, E[] values, E fallback) {
        if (!arguments.has(key)) {
            return Optional.of(fallback);
        }
        String text = arguments.string(key).map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse("");
        Optional<E> found = Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(text)).findFirst();
        if (found.isEmpty()) {
            arguments.problems().add(arguments.locationOf(key), "'" + key + "' of " + arguments.what() + " is one of "
                    + String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()) + ", not '" + text + "'");
        }
        return found;
    }

    private static Optional<Double> positive(String text, MappingReader arguments) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        arguments.problems().add(arguments.locationOf("sensitivity"), "'sensitivity' of " + arguments.what()
                + " is a positive number of spreads (4 for mad, 3 for zscore), not '" + text.trim() + "'");
        return Optional.empty();
    }
}
