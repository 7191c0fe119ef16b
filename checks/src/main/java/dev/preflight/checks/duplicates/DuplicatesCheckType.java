package dev.preflight.checks.duplicates;

import dev.preflight.metric.NullKeys;
import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code duplicates: {keys: [game_id, player_lookup], max: 0}} or {@code {keys: [...], mostly: 99}} (percent of rows
 * whose key is unique); keys default to the dataset's keys. {@code null_keys} says how a key with NULLs counts.
 */
public final class DuplicatesCheckType implements CheckType {

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        List<String> keys = arguments.columns("keys");
        if (keys.isEmpty() && !arguments.has("keys")) {
            keys.addAll(dataset.keys());
        }
        long max = arguments.integer("max", 0).orElse(0L);
        Double mostly = arguments.percent("mostly").orElse(null);
        String nulls = arguments.string("null_keys").map(n -> n.trim().toLowerCase(Locale.ROOT)).orElse(NullKeys.IGNORE_ANY.key());
        Optional<NullKeys> nullKeys = java.util.Arrays.stream(NullKeys.values()).filter(n -> n.key().equals(nulls)).findFirst();
        if (nullKeys.isEmpty()) {
            arguments.problems().add(arguments.locationOf("null_keys"), "'null_keys' of " + arguments.what()
                    + " is ignore_any (a NULL in any key column: never a duplicate), ignore_all (only all-NULL keys left out) or compare"
                    + " (NULL equals NULL), not '" + nulls + "'");
            return Optional.empty();
        }
        if (mostly != null && arguments.has("max")) {
            arguments.problems().add(arguments.locationOf("mostly"), arguments.what() + " takes 'max' (duplicate rows) or 'mostly' (percent unique), not both");
            return Optional.empty();
        }
        if (keys.isEmpty()) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs key columns: add 'keys: [...]' here or to the dataset");
            return Optional.empty();
        }
        return Optional.of(new DuplicatesSpec(keys, max, mostly, nullKeys.get()));
    }
}
