package dev.preflight.suite;

import dev.preflight.source.Problems;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.model.SampleRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings every check type accepts besides its own: {@code fallback} and {@code samples}. (The framework reads
 * {@code id}, {@code severity}, {@code tags} and {@code description} itself.)
 */
final class CheckOptions {

    static final String FALLBACK = "fallback";
    static final String SAMPLES = "samples";
    private static final Set<String> NOT_THRESHOLDS = Set.of("id", "severity", "tags", "description", FALLBACK, SAMPLES);

    private CheckOptions() {
    }

    /**
     * Reads {@code fallback: synthetic context} (a note that explains a failure) or
     * {@code fallback: {note: synthetic context, min: 50}}: the keys besides {@code note} replace the check's own, and
     * the check type reads the result as the alternative condition.
     */
    static Fallback fallback(CheckType type, YamlNode.Mapping arguments, MappingReader check, DatasetInfo context) {
        Optional<YamlNode> node = check.node(FALLBACK);
        if (node.isEmpty()) {
            return null;
        }
        Problems problems = check.problems();
        if (node.get() instanceof YamlNode.Scalar) {
            return check.string(FALLBACK).map(note -> new Fallback(note, null, node.get().location())).orElse(null);
        }
        if (!(node.get() instanceof YamlNode.Mapping fallback)) {
            problems.add(node.get().location(), "'fallback' of " + check.what() + " expects a note, or a mapping with 'note' and the"
                    + " thresholds that still pass with a warning, e.g. {note: synthetic context, min: 50}");
            return null;
        }
        MappingReader reader = new MappingReader(fallback, "'fallback' of " + check.what(), check.parameters(), problems);
        Optional<String> note = reader.requiredString("note");
        Map<String, YamlNode.Entry> merged = new LinkedHashMap<>();
        arguments.entries().forEach((key, entry) -> {
            if (!NOT_THRESHOLDS.contains(key)) {
                merged.put(key, entry);
            }
        });
        List<String> overrides = new ArrayList<>();
        fallback.entries().forEach((key, entry) -> {
            if (!key.equals("note")) {
                merged.put(key, entry);
                overrides.add(key);
            }
        });
        CheckSpec parsed = null;
        if (!overrides.isEmpty()) {
            MappingReader thresholds = new MappingReader(new YamlNode.Mapping(merged, fallback.location()), reader.what(),
                    check.parameters(), problems);
            for (String key : NOT_THRESHOLDS) {
                if (fallback.entries().containsKey(key)) {
                    problems.add(fallback.entries().get(key).keyLocation(), "'" + key + "' cannot be changed in " + reader.what());
                }
            }
            parsed = type.parse(thresholds, context).orElse(null);
            thresholds.rejectUnknownKeys();
        }
        CheckSpec alternative = parsed;
        return note.map(n -> new Fallback(n, overrides.isEmpty() ? null : alternative, fallback.location())).orElse(null);
    }

    /** Reads {@code samples: {limit: 5, columns: [game_date, player_lookup]}}. */
    static SampleRequest samples(MappingReader check, CheckSpec spec) {
        Optional<MappingReader> section = check.mapping(SAMPLES);
        if (section.isEmpty()) {
            return null;
        }
        MappingReader samples = section.get();
        Problems problems = check.problems();
        long limit = samples.integer("limit", 1).orElse(5L);
        List<String> columns = samples.columns("columns");
        if (!samples.has("columns")) {
            problems.add(samples.location(), "'samples' of " + check.what() + " needs 'columns': name the columns to show,"
                    + " never every column, because samples end up in reports");
        }
        samples.rejectUnknownKeys();
        if (limit > SampleRequest.MAX_LIMIT) {
            problems.add(samples.locationOf("limit"), "'limit' of 'samples' is at most " + SampleRequest.MAX_LIMIT + ", not " + limit);
            return null;
        }
        if (spec.failingRows().isEmpty()) {
            problems.add(check.locationOf(SAMPLES), check.what() + " has no failed rows to sample (it judges dates or the"
                    + " table's shape, not rows); remove 'samples'");
            return null;
        }
        return columns.isEmpty() ? null : new SampleRequest((int) limit, columns);
    }
}
