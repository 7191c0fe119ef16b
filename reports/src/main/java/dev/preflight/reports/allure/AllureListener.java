package dev.preflight.reports.allure;

import dev.preflight.engine.Constants;
import dev.preflight.source.Redaction;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the Preflight engine's report entries into Allure details: labels, history ids, links, parameters,
 * attachments, and the run's environment and categories. The engine knows nothing of Allure; this listener is
 * registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so Surefire, the
 * ConsoleLauncher, IDEs and {@code preflight gate} produce the same results.
 *
 * <p>It does not write test results of its own: allure-junit-platform's listener (registered the same way) does,
 * one per test, and this one only adds to the result that listener is recording, so nothing is duplicated. That
 * works because the engine publishes a check's entries on the thread that runs the check, after Allure's listener
 * started the check's test case there, and Allure keeps the current test case per thread. Without Allure on the
 * class path, or without Allure's listener (EngineTestKit, {@code gate} without {@code --allure-results}), it does
 * nothing; {@link AllureResults}, the one class of this listener that imports Allure, is loaded only when Allure is there.
 */
public final class AllureListener implements TestExecutionListener {

    private static final boolean PRESENT = present();

    /** Entries of the datasets that ran, by the dataset's unique id: the scan's SQL and per-date counts. */
    private final Map<String, Map<String, String>> datasets = new ConcurrentHashMap<>();
    /** The same entries read, once per dataset rather than once per check. */
    private final Map<String, CheckReport.DatasetEntries> read = new ConcurrentHashMap<>();
    /** Entries of the suites that ran, for the environment file. */
    private final List<Map<String, String>> suites = new ArrayList<>();
    private final AtomicLong enriched = new AtomicLong();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        datasets.clear();
        read.clear();
        synchronized (suites) {
            suites.clear();
        }
        enriched.set(0);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        if (!PRESENT) {
            return;
        }
        Map<String, String> pairs = entry.getKeyValuePairs();
        if (pairs.containsKey(Constants.RESULT) && identifier.isTest()) {
            checkFinished(identifier, pairs);
        } else if (pairs.containsKey(Constants.PER_DATE) || pairs.containsKey(Constants.SQL)) {
            datasets.merge(identifier.getUniqueId(), pairs, (a, b) -> {
                Map<String, String> both = new java.util.HashMap<>(a);
                both.putAll(b);
                return both;
            });
            read.remove(identifier.getUniqueId());
        } else if (pairs.containsKey(Constants.SUITE_WAREHOUSE)) {
            synchronized (suites) {
                suites.add(pairs);
            }
        }
    }

    private void checkFinished(TestIdentifier identifier, Map<String, String> pairs) {
        try {
            CheckReport.DatasetEntries dataset = identifier.getParentId()
                    .map(id -> read.computeIfAbsent(id, key -> CheckReport.DatasetEntries.of(datasets.getOrDefault(key, Map.of()))))
                    .orElseGet(() -> CheckReport.DatasetEntries.of(Map.of()));
            CheckReport report = CheckReport.of(identifier.getUniqueId(), pairs, dataset);
            if (AllureResults.enrich(report)) {
                enriched.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // A report detail must never change a check's outcome or the gate's verdict.
            System.err.println(Redaction.redact("preflight: could not add Allure details to " + identifier.getDisplayName() + ": " + e));
        }
    }

    /** Writes environment.properties and categories.json when this run produced Preflight results in Allure. */
    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<Map<String, String>> ran;
        synchronized (suites) {
            ran = List.copyOf(suites);
        }
        if (!PRESENT || enriched.get() == 0 || ran.isEmpty()) {
            return;
        }
        try {
            AllureResults.writeRunFiles(ran);
        } catch (RuntimeException e) {
            System.err.println(Redaction.redact("preflight: could not write Allure environment and categories: " + e));
        }
    }

    private static boolean present() {
        try {
            Class.forName("io.qameta.allure.Allure", false, AllureListener.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
