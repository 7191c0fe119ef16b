package dev.preflight.engine;

import dev.preflight.suite.Suite;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's only way to Allure, which stays optional: without allure-java-commons on the class path every
 * method is a no-op and {@link AllureResults} (the one class that imports Allure) is never loaded.
 * Enrichment runs on the check's own thread, where the Allure listener keeps the current test case.
 */
final class AllureBridge {

    private static final boolean PRESENT = present();

    /** Checks enriched so far in this JVM; a run writes its run-level files only if it enriched some. */
    private static final AtomicLong ENRICHED = new AtomicLong();

    private AllureBridge() {
    }

    /** Adds labels, links, parameters and attachments to the check's Allure result, when Allure records this run. */
    static void checkFinished(CheckReport report) {
        if (!PRESENT) {
            return;
        }
        try {
            if (AllureResults.enrich(report)) {
                ENRICHED.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // A report detail must never change a check's outcome or the gate's verdict.
            System.err.println("preflight: could not add Allure details to " + report.historyKey() + ": " + e);
        }
    }

    /** {@return a mark to hand to {@link #runFinished} at the end of the run} */
    static long mark() {
        return ENRICHED.get();
    }

    /** Writes environment.properties and categories.json when this run produced Allure results. */
    static void runFinished(long mark, List<Suite> suites) {
        if (!PRESENT || ENRICHED.get() == mark || suites.isEmpty()) {
            return;
        }
        try {
            AllureResults.writeRunFiles(suites);
        } catch (RuntimeException e) {
            System.err.println("preflight: could not write Allure environment and categories: " + e);
        }
    }

    private static boolean present() {
        try {
            Class.forName("io.qameta.allure.Allure", false, AllureBridge.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
