package dev.preflight.checks.featurevector;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code feature_vector: {column: features, count: 25, count_column: feature_count, names_column: feature_names,
 * names: [...], finite: true, min_non_null: 95}}; {@code count_column} and {@code names_column} default to {@code feature_count} and
 * {@code feature_names} when {@code count} or {@code names} is given, and {@code finite} defaults to true.
 */
public final class FeatureVectorCheckType implements CheckType {

    @Override
    public String name() {
        return "feature_vector";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        Optional<String> column = arguments.requiredColumn("column");
        Optional<Long> count = arguments.integer("count", 1);
        List<String> names = new ArrayList<>(arguments.stringList("names"));
        if (count.isPresent() && !names.isEmpty() && count.get() != names.size()) {
            arguments.problems().add(arguments.locationOf("names"), arguments.what() + " declares " + names.size() + " names for "
                    + count.get() + " features");
            return Optional.empty();
        }
        String countColumn = count.isEmpty() ? null : arguments.column("count_column").orElse("feature_count");
        String namesColumn = names.isEmpty() ? null : arguments.column("names_column").orElse("feature_names");
        arguments.allow("count_column", "names_column");
        boolean finite = arguments.bool("finite").orElse(true);
        Double minNonNull = arguments.percent("min_non_null").orElse(null);
        if (minNonNull != null && names.isEmpty()) {
            arguments.problems().add(arguments.locationOf("min_non_null"), arguments.what() + " needs 'names' to say which feature is which");
            return Optional.empty();
        }
        if (count.isEmpty() && names.isEmpty() && !finite) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs a rule: 'count', 'names' or 'finite: true'");
            return Optional.empty();
        }
        if (arguments.has("count") && count.isEmpty()) {
            return Optional.empty();
        }
        return column.map(c -> new FeatureVectorSpec(c, count.orElse(null), countColumn, namesColumn, names, finite, minNonNull));
    }
}
