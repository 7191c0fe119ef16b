package dev.preflight.checks.dependency;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.metric.Dependency;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code dependency: {upstream: player_game_summary}} or {@code {upstreams: [a, b], keys: [player_lookup]}}; keys
 * with different names upstream are a mapping {@code keys: {team_abbr: defending_team_abbr}}. Upstreams are dataset
 * ids of the same suite; {@code max_unprocessed_dates} makes upstream dates not processed yet fail beyond a count.
 */
public final class DependencyCheckType implements CheckType {

    @Override
    public String name() {
        return "dependency";
    }

    @Override
    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
        List<String> names = new ArrayList<>();
        if (arguments.has("upstream") == arguments.has("upstreams")) {
            arguments.problems().add(arguments.location(), arguments.what() + " needs exactly one of 'upstream' (a dataset id) or 'upstreams' (a list)");
            return Optional.empty();
        }
        String key = arguments.has("upstream") ? "upstream" : "upstreams";
        names.addAll(arguments.stringList(key));
        List<String> keys = new ArrayList<>();
        List<String> upstreamKeys = new ArrayList<>();
        Optional<YamlNode> keyNode = arguments.node("keys");
        if (keyNode.isPresent() && keyNode.get() instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries().values()) {
                Optional<String> here = MappingReader.columnName(entry.key(), entry.keyLocation(), arguments.problems());
                Optional<String> there = arguments.scalarText(entry.key(), entry.value())
                        .flatMap(c -> MappingReader.columnName(c, entry.value().location(), arguments.problems()));
                if (here.isPresent() && there.isPresent()) {
                    keys.add(here.get());
                    upstreamKeys.add(there.get());
                }
            }
        } else {
            keys.addAll(arguments.columns("keys"));
            upstreamKeys.addAll(keys);
        }
        Long maxUnprocessed = arguments.integer("max_unprocessed_dates", 0).orElse(null);
        if (names.isEmpty()) {
            arguments.problems().add(arguments.locationOf(key), arguments.what() + " names no upstream dataset");
            return Optional.empty();
        }
        List<Dependency> upstreams = new ArrayList<>();
        for (String name : names) {
            upstreams.add(new Dependency(name.trim(), keys, upstreamKeys, arguments.locationOf(key)));
        }
        return Optional.of(new DependencySpec(upstreams, maxUnprocessed, dataset.hasCalendar()));
    }
}
