package dev.preflight.checks.completeness;

import dev.preflight.model.SqlFragment;
import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code completeness: {where: points IS NOT NULL, columns: {minutes_played: {min: 99, critical: true},
 * paint_attempts: 40}}}: a column's value is its minimum non-NULL percent, or a mapping with {@code min} and
 * {@code critical} (default false).
 */
public final class CompletenessCheckType implements CheckType {

    @Override
    public String name() {
        return "completeness";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        SqlFragment where = arguments.rowFilter("where")
                .orElse(null);
        Optional<MappingReader> columns = arguments.mapping("columns");
        if (columns.isEmpty()) {
            if (!arguments.has("columns")) {
                arguments.missing("columns");
            }
            return Optional.empty();
        }
        MappingReader reader = columns.get();
        YamlNode.Mapping mapping = (YamlNode.Mapping) arguments.node("columns").orElseThrow();
        List<Feature> features = new ArrayList<>();
        int problems = reader.problems().size();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            Optional<String> column = MappingReader.columnName(entry.key(), entry.keyLocation(), reader.problems());
            if (entry.value() instanceof YamlNode.Mapping) {
                Optional<MappingReader> settings = reader.mapping(entry.key());
                if (settings.isEmpty()) {
                    continue;
                }
                Optional<Double> min = settings.get().percent("min");
                if (!settings.get().has("min")) {
                    settings.get().missing("min");
                }
                boolean critical = settings.get().bool("critical").orElse(false);
                settings.get().rejectUnknownKeys();
                if (column.isPresent() && min.isPresent()) {
                    features.add(new Feature(column.get(), min.get(), critical));
                }
            } else {
                Optional<Double> min = reader.percent(entry.key());
                if (column.isPresent() && min.isPresent()) {
                    features.add(new Feature(column.get(), min.get(), false));
                }
            }
        }
        if (mapping.entries().isEmpty()) {
            arguments.problems().add(arguments.locationOf("columns"), "'columns' of " + arguments.what() + " is empty: name at least one feature");
        }
        if (features.isEmpty() || reader.problems().size() > problems) {
            return Optional.empty();
        }
        return Optional.of(new CompletenessSpec(features, where));
    }
}
