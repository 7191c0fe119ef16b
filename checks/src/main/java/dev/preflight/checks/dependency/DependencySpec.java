package dev.preflight.checks.dependency;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.DependencyGaps;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every date (or date and key tuple) this dataset has in the window, each upstream has too: a downstream table with
 * data its inputs lack ran with incomplete dependencies. Upstream dates this dataset has not processed yet are
 * reported; they fail the check only beyond {@code maxUnprocessed}. With a calendar, bootstrap dates are never
 * "unprocessed" (downstream tables skip them by design).
 *
 * @param upstreams the comparisons, one per upstream
 * @param maxUnprocessed the most upstream dates allowed unprocessed, or {@code null} to only report them
 * @param useCalendar whether the suite's calendar says which dates are bootstrap
 */
public record DependencySpec(List<Dependency> upstreams, Long maxUnprocessed, boolean useCalendar) implements CheckSpec {

    static final int DATES_IN_MESSAGE = 5;

    public DependencySpec {
        upstreams = List.copyOf(upstreams);
    }

    @Override
    public String defaultId() {
        return "dependency";
    }

    @Override
    public List<Metric> metrics() {
        return List.of();
    }

    @Override
    public boolean needsCalendar() {
        return useCalendar;
    }

    @Override
    public boolean needsDateColumn() {
        return true;
    }

    @Override
    public List<Dependency> dependencies() {
        return upstreams;
    }

    @Override
    public String describe() {
        return "inputs complete: " + String.join(", ", upstreams.stream().map(Dependency::upstream).toList());
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        ExpectedCalendar calendar = context.expectedCalendar().orElse(null);
        String table = context.dataset().table().toString();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Map<String, Object>> details = new ArrayList<>();
        TreeSet<LocalDate> waived = new TreeSet<>();
        long lackingTotal = 0;
        long unprocessedTotal = 0;
        for (Dependency dependency : upstreams) {
            DependencyGaps gaps = context.facts().gaps(dependency)
                    .orElseThrow(() -> new IllegalStateException("no comparison with " + dependency.upstream()));
            List<LocalDate> lacking = new ArrayList<>();
            for (LocalDate date : gaps.missingUpstream().keySet()) {
                if (context.isWaived(date)) {
                    waived.add(date);
                } else {
                    lacking.add(date);
                }
            }
            List<LocalDate> unprocessed = gaps.unprocessed().keySet().stream()
                    .filter(d -> calendar == null || !calendar.isBootstrap(d)).filter(d -> !context.isWaived(d)).toList();
            lackingTotal += lacking.size();
            unprocessedTotal += unprocessed.size();
            String keys = dependency.keys().isEmpty() ? "" : " (by date and " + String.join(", ", dependency.keys()) + ")";
            if (!lacking.isEmpty()) {
                problems.add("it has data on " + Format.plural(lacking.size(), "date") + " that upstream " + dependency.upstream()
                        + " lacks" + keys + ": " + Format.first(lacking, DATES_IN_MESSAGE));
            }
            if (!unprocessed.isEmpty()) {
                notes.add("upstream " + dependency.upstream() + " has " + Format.plural(unprocessed.size(), "date")
                        + " not processed yet: " + Format.first(unprocessed, DATES_IN_MESSAGE));
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("upstream", dependency.upstream());
            detail.put("keys", dependency.keys());
            detail.put("dates_missing_upstream", lacking.stream().map(LocalDate::toString).toList());
            detail.put("unprocessed_upstream_dates", unprocessed.stream().map(LocalDate::toString).toList());
            details.add(detail);
        }
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("dates_missing_upstream", lackingTotal);
        observed.put("unprocessed_upstream_dates", unprocessedTotal);
        boolean tooManyUnprocessed = maxUnprocessed != null && unprocessedTotal > maxUnprocessed;
        String window = " (window " + context.window() + ")";
        String expected = "0 dates missing upstream" + (maxUnprocessed == null ? "" : ", <= " + maxUnprocessed + " unprocessed");
        String actual = lackingTotal + " missing upstream, " + unprocessedTotal + " unprocessed";
        CheckResult result;
        if (problems.isEmpty() && !tooManyUnprocessed) {
            result = CheckResult.passed(table + " has every input it used" + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + window,
                    expected, actual, observed);
        } else {
            List<String> all = new ArrayList<>(problems);
            all.addAll(notes);
            String lead = problems.isEmpty() ? table + " is behind its inputs beyond the " + maxUnprocessed + " unprocessed dates allowed: "
                    : table + " ran with incomplete dependencies: ";
            result = CheckResult.failed(lead + String.join("; ", all) + window, expected, actual, observed);
        }
        return result.withWaived(List.copyOf(waived)).withDetail("dependencies", details);
    }
}
