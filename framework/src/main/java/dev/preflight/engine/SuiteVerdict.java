package dev.preflight.engine;

import dev.preflight.result.Outcome;

import dev.preflight.suite.Suite;
import dev.preflight.model.VerdictLabels;
import org.junit.platform.engine.reporting.ReportEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's overall verdict in its own words (READY / DEGRADED / NOT READY), from the outcomes of the checks that
 * ran: failed when any failed or could not be verified, warned when any warned, passed otherwise.
 */
final class SuiteVerdict {

    private SuiteVerdict() {
    }

    static String of(VerdictLabels labels, List<Outcome> outcomes) {
        if (outcomes.contains(Outcome.FAILED) || outcomes.contains(Outcome.ERRORED)) {
            return labels.failed();
        }
        return outcomes.contains(Outcome.WARNED) ? labels.warned() : labels.passed();
    }

    static ReportEntry entry(Suite suite, VerdictLabels labels, List<Outcome> outcomes) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(Constants.VERDICT, of(labels, outcomes));
        entry.put("preflight.suite", suite.name());
        entry.put("preflight.suite_file", suite.location().uri().toString());
        return ReportEntry.from(entry);
    }
}
