package dev.preflight.checks.rowsperdate;

import dev.preflight.check.CheckParseContext;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.suite.MappingReader;

import java.util.Optional;

/** {@code row_count_per_date: {min: 20, max: 40}}: rows on each expected date (each date with rows, without a calendar). */
public final class RowCountPerDateCheckType implements CheckType {

    @Override
    public String name() {
        return "row_count_per_date";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, CheckParseContext dataset) {
        Optional<Long> min = arguments.integer("min", 0);
        Optional<Long> max = arguments.integer("max", 0);
        if (!arguments.has("min") && !arguments.has("max")) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs 'min', 'max' or both");
            return Optional.empty();
        }
        if ((arguments.has("min") && min.isEmpty()) || (arguments.has("max") && max.isEmpty())) {
            return Optional.empty();
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            arguments.problems().add(arguments.locationOf("min"), arguments.what() + " has min " + min.get() + " above max " + max.get());
            return Optional.empty();
        }
        return Optional.of(new RowCountPerDateSpec(min.orElse(null), max.orElse(null), dataset.hasCalendar()));
    }
}
