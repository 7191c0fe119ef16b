package dev.preflight.checks.schema;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code schema: {columns: [game_date, player_lookup]}} or with types {@code {columns: {game_date: DATE,
 * usage_rate: DOUBLE}}}; {@code extra_columns: false} also rejects columns the suite does not list. Names compare
 * without regard to case, as DuckDB and BigQuery resolve them, unless {@code case_sensitive: true}.
 */
public final class SchemaCheckType implements CheckType {

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        boolean allowExtra = arguments.bool("extra_columns").orElse(true);
        boolean caseSensitive = arguments.bool("case_sensitive").orElse(false);
        Optional<YamlNode> node = arguments.node("columns");
        if (node.isEmpty()) {
            arguments.missing("columns");
            return Optional.empty();
        }
        List<ExpectedColumn> columns = new ArrayList<>();
        if (node.get() instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries().values()) {
                Optional<String> name = MappingReader.columnName(entry.key(), entry.keyLocation(), arguments.problems());
                Optional<String> type = arguments.scalarText(entry.key(), entry.value());
                if (name.isPresent() && type.isPresent()) {
                    columns.add(new ExpectedColumn(name.get(), type.get()));
                }
            }
        } else {
            arguments.columns("columns").forEach(c -> columns.add(new ExpectedColumn(c, null)));
        }
        // An empty list checks nothing unless extra columns are rejected: then the table must have no columns at all.
        if (columns.isEmpty() && allowExtra) {
            arguments.problems().add(arguments.locationOf("columns"), arguments.what() + " lists no columns: name the columns the table must have");
            return Optional.empty();
        }
        return Optional.of(new SchemaSpec(columns, allowExtra, caseSensitive));
    }
}
