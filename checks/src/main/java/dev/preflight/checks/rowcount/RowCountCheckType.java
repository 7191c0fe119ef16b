package dev.preflight.checks.rowcount;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.Optional;

/** {@code row_count: {min: 1, max: 1000000}}: rows in the window; {@code strict_min}/{@code strict_max} exclude the bound. */
public final class RowCountCheckType implements CheckType {

    @Override
    public String name() {
        return "row_count";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        Optional<Long> min = arguments.integer("min", 0);
        Optional<Long> max = arguments.integer("max", 0);
        boolean strictMin = arguments.bool("strict_min").orElse(false);
        boolean strictMax = arguments.bool("strict_max").orElse(false);
        if (!arguments.has("min") && !arguments.has("max")) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs 'min', 'max' or both");
            return Optional.empty();
        }
        if (min.isPresent() && max.isPresent() && (min.get() > max.get() || (strictMin || strictMax) && min.get().equals(max.get()))) {
            arguments.problems().add(arguments.locationOf("min"), arguments.what() + " has min " + min.get() + (min.get() > max.get() ? " above max " : " equal to max ") + max.get()
                    + (min.get() > max.get() ? "" : " and a strict bound, so no count can pass"));
            return Optional.empty();
        }
        if ((arguments.has("min") && min.isEmpty()) || (arguments.has("max") && max.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new RowCountSpec(min.orElse(null), max.orElse(null), strictMin, strictMax));
    }
}
