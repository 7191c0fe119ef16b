package dev.preflight.checks.nulls;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;

/**
 * {@code null_rate: {column: usage_rate, max: 5}} (NULL percent at most) or {@code {column: usage_rate, min: 95}}
 * (completeness: non-NULL percent at least).
 */
public final class NullRateCheckType implements CheckType {

    @Override
    public String name() {
        return "null_rate";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        Optional<String> column = arguments.requiredColumn("column");
        Optional<Double> max = arguments.percent("max");
        Optional<Double> min = arguments.percent("min");
        if (arguments.has("max") == arguments.has("min")) {
            arguments.problems().add(arguments.location(), arguments.what()
                    + " needs exactly one of 'max' (highest NULL percent) or 'min' (lowest non-NULL percent)");
            return Optional.empty();
        }
        if (column.isEmpty() || (max.isEmpty() && min.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(max.isPresent() ? NullRateSpec.atMost(column.get(), max.get()) : NullRateSpec.atLeastComplete(column.get(), min.get()));
    }
}
