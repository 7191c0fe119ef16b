package dev.preflight.suite;

import dev.preflight.source.Problems;
import dev.preflight.source.Suggestions;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;

import dev.preflight.metric.Dependency;
import dev.preflight.model.VerdictLabels;
import dev.preflight.model.Waiver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts of a suite that name other parts of it: waivers name a dataset and a check, dependencies name an upstream
 * dataset. They are read after every dataset, so a name that matches nothing is a located problem with the nearest
 * real name, not a silent no-op.
 */
final class SuiteReferences {

    /** A waived range longer than this is a typo in a year, not an approved exception. */
    private static final long MAX_RANGE_DAYS = 3660;

    private SuiteReferences() {
    }

    static List<Waiver> waivers(MappingReader top, List<Dataset> datasets) {
        Optional<List<YamlNode>> items = top.list("waivers");
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Dataset> byId = datasets.stream().collect(Collectors.toMap(Dataset::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        List<Waiver> waivers = new ArrayList<>();
        for (YamlNode item : items.get()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                top.problems().add(item.location(), "each waiver is a mapping with dataset, check, dates, reason, approved_by and expires");
                continue;
            }
            waiver(new MappingReader(mapping, "waiver", top.parameters(), top.problems()), byId).ifPresent(waivers::add);
        }
        return List.copyOf(waivers);
    }

    private static Optional<Waiver> waiver(MappingReader reader, Map<String, Dataset> datasets) {
        Problems problems = reader.problems();
        Optional<String> datasetId = reader.requiredString("dataset");
        Optional<String> checkId = reader.string("check");
        List<LocalDate> dates = dates(reader);
        Optional<String> reason = reader.requiredString("reason");
        Optional<String> approvedBy = reader.requiredString("approved_by");
        Optional<LocalDate> expires = reader.has("expires") ? reader.date("expires") : Optional.empty();
        if (!reader.has("expires")) {
            reader.missing("expires");
        }
        reader.rejectUnknownKeys();
        boolean known = true;
        if (datasetId.isPresent()) {
            Dataset dataset = datasets.get(datasetId.get());
            if (dataset == null) {
                problems.add(reader.locationOf("dataset"), "the waiver names dataset '" + datasetId.get() + "', which the suite does not declare"
                        + Suggestions.hint(datasetId.get(), datasets.keySet()) + "; datasets: " + String.join(", ", datasets.keySet()));
                known = false;
            } else if (checkId.isPresent() && dataset.check(checkId.get()).isEmpty()) {
                List<String> checks = dataset.checks().stream().map(CheckDefinition::id).toList();
                problems.add(reader.locationOf("check"), "the waiver names check '" + checkId.get() + "', which dataset '" + datasetId.get()
                        + "' does not have" + Suggestions.hint(checkId.get(), checks) + "; its checks: " + String.join(", ", checks));
                known = false;
            }
        }
        if (!known || datasetId.isEmpty() || reason.isEmpty() || approvedBy.isEmpty() || expires.isEmpty() || dates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Waiver(datasetId.get(), checkId.orElse(null), dates, reason.get(), approvedBy.get(), expires.get(),
                reader.location()));
    }

    /** Reads {@code dates: [2024-01-05, 2024-02-01..2024-02-10]}. */
    private static List<LocalDate> dates(MappingReader reader) {
        if (!reader.has("dates")) {
            reader.missing("dates");
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        Optional<YamlNode> node = reader.node("dates");
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        for (YamlNode item : items) {
            Optional<String> text = reader.scalarText("dates", item);
            if (text.isEmpty()) {
                continue;
            }
            String[] bounds = text.get().split("\\.\\.", -1);
            if (bounds.length > 2) {
                reader.problems().add(item.location(), "'" + text.get() + "' is neither a date nor a range written as 2024-01-01..2024-01-31");
                continue;
            }
            Optional<LocalDate> first = reader.parseDate(bounds[0], item.location(), "an entry of 'dates' of the waiver");
            Optional<LocalDate> last = bounds.length == 1 ? first : reader.parseDate(bounds[1], item.location(), "an entry of 'dates' of the waiver");
            if (first.isEmpty() || last.isEmpty()) {
                continue;
            }
            if (last.get().isBefore(first.get()) || ChronoUnit.DAYS.between(first.get(), last.get()) > MAX_RANGE_DAYS) {
                reader.problems().add(item.location(), "the range " + text.get() + " must run forwards and span at most " + MAX_RANGE_DAYS + " days");
                continue;
            }
            first.get().datesUntil(last.get().plusDays(1)).forEach(dates::add);
        }
        if (items.isEmpty()) {
            reader.problems().add(reader.locationOf("dates"), "'dates' of the waiver is empty: list the waived dates or ranges");
        }
        return dates;
    }

    /** Reads {@code verdict: {passed: READY, warned: DEGRADED, failed: NOT READY}}. */
    static VerdictLabels verdict(MappingReader top) {
        Optional<MappingReader> section = top.mapping("verdict");
        if (section.isEmpty()) {
            return null;
        }
        MappingReader verdict = section.get();
        Optional<String> passed = verdict.requiredString("passed");
        Optional<String> warned = verdict.requiredString("warned");
        Optional<String> failed = verdict.requiredString("failed");
        verdict.rejectUnknownKeys();
        if (passed.isEmpty() || warned.isEmpty() || failed.isEmpty()) {
            return null;
        }
        return new VerdictLabels(passed.get().trim(), warned.get().trim(), failed.get().trim());
    }

    /** Every upstream a check names must be another dataset of the suite, with a date column to compare. */
    static void checkDependencies(List<Dataset> datasets, Problems problems) {
        Map<String, Dataset> byId = datasets.stream().collect(Collectors.toMap(Dataset::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        for (Dataset dataset : datasets) {
            for (CheckDefinition check : dataset.checks()) {
                for (Dependency dependency : check.spec().dependencies()) {
                    Dataset upstream = byId.get(dependency.upstream());
                    if (upstream == null) {
                        problems.add(dependency.location(), "upstream '" + dependency.upstream() + "' is not a dataset of this suite"
                                + Suggestions.hint(dependency.upstream(), byId.keySet()) + "; declare it under 'datasets:' (datasets: "
                                + String.join(", ", byId.keySet()) + ")");
                    } else if (upstream == dataset) {
                        problems.add(dependency.location(), "dataset '" + dataset.id() + "' cannot depend on itself");
                    } else if (!upstream.isDated()) {
                        problems.add(dependency.location(), "upstream '" + upstream.id() + "' has no 'date_column' to compare dates with");
                    }
                }
            }
        }
    }
}
