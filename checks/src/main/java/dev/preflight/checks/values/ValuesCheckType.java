package dev.preflight.checks.values;

import dev.preflight.model.SqlFragment;
import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.metric.Predicate.Literal;
import dev.preflight.yaml.MappingReader;

import java.util.List;
import java.util.Optional;

/**
 * {@code values: {column: points, min: 0, max: 100, mostly: 99}}, {@code {column: team_abbr, in: [ATL, BOS]}},
 * {@code {column: minutes_played, not_negative: true}}; {@code strict_min}, {@code strict_max} exclude the bounds and
 * {@code where} scopes the rows.
 */
public final class ValuesCheckType implements CheckType {

    @Override
    public String name() {
        return "values";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        Optional<String> column = arguments.requiredColumn("column");
        Literal min = arguments.literal("min").orElse(null);
        Literal max = arguments.literal("max").orElse(null);
        boolean strictMin = arguments.bool("strict_min").orElse(false);
        boolean strictMax = arguments.bool("strict_max").orElse(false);
        List<Literal> accepted = arguments.literals("in").orElse(null);
        Optional<Boolean> notNegativeRead = arguments.bool("not_negative");
        boolean notNegative = notNegativeRead.orElse(false);
        double mostly = arguments.percent("mostly").orElse(ValuesSpec.ALL);
        SqlFragment where = arguments.rowFilter("where")
                .orElse(null);
        boolean unreadable = (arguments.has("min") && min == null) || (arguments.has("max") && max == null)
                || (arguments.has("in") && accepted == null) || (arguments.has("not_negative") && notNegativeRead.isEmpty());
        if (min == null && max == null && accepted == null && !notNegative && unreadable) {
            return Optional.empty(); // a rule was written, and what is wrong with it is reported already
        }
        if (min == null && max == null && accepted == null && !notNegative) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs a rule: 'min', 'max', 'in' or 'not_negative: true'");
            return Optional.empty();
        }
        if (min instanceof Literal.Number low && max instanceof Literal.Number high && low.value().compareTo(high.value()) > 0) {
            arguments.problems().add(arguments.locationOf("min"), arguments.what() + " has min " + low + " above max " + high);
            return Optional.empty();
        }
        if ((strictMin && min == null) || (strictMax && max == null)) {
            arguments.problems().add(arguments.location(), arguments.what() + " makes a bound strict that it does not set");
            return Optional.empty();
        }
        return column.map(c -> new ValuesSpec(c, min, max, strictMin, strictMax, accepted, notNegative, mostly, where));
    }
}
