package dev.preflight.checks.freshness;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.yaml.MappingReader;
import dev.preflight.source.Suggestions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code freshness: {max_days_behind: 2, from: window_end}} (or {@code from: today}). */
public final class FreshnessCheckType implements CheckType {

    private static final List<String> REFERENCES = List.of("window_end", "today");

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        if (!arguments.has("max_days_behind")) {
            arguments.missing("max_days_behind");
        }
        Optional<Long> days = arguments.integer("max_days_behind", 0);
        String from = arguments.string("from").map(f -> f.trim().toLowerCase(Locale.ROOT)).orElse("window_end");
        if (!REFERENCES.contains(from)) {
            arguments.problems().add(arguments.locationOf("from"), "'from' of " + arguments.what() + " is window_end or today, not '" + from + "'"
                    + Suggestions.hint(from, REFERENCES));
            return Optional.empty();
        }
        return days.map(d -> new FreshnessSpec(d, from.equals("today")));
    }
}
