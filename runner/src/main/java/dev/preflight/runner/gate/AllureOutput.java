package dev.preflight.runner.gate;

import dev.preflight.reports.AllureReport;
import dev.preflight.engine.PreflightTestEngine;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import dev.preflight.reports.allure.RedactingResultsWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher for one gate run, with or without Allure results. Allure's listener and the reports module's
 * {@code AllureListener} (which adds Preflight's labels, history ids and attachments) register themselves through the
 * Launcher's service loading, as under Surefire or the ConsoleLauncher, and write through {@link Allure#getLifecycle()},
 * so a run with results first points that lifecycle at the requested directory, through a writer that withholds
 * secrets; a run without turns listener
 * auto-registration off, so a gate never litters the working directory with {@code allure-results}.
 */
final class AllureOutput {

    private AllureOutput() {
    }

    static Launcher launcher(Path resultsDirectory) {
        // Only the Preflight engine, and no filter, session or discovery listener found on the class path: a
        // post-discovery filter from the environment (Allure's test-plan filter reads ALLURE_TESTPLAN_PATH) could
        // deselect a gate's checks, and loading them costs a third of the gate's start-up (docs/performance.md).
        LauncherConfig.Builder config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new PreflightTestEngine())
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(resultsDirectory != null);
        if (resultsDirectory != null) {
            prepare(resultsDirectory);
            Allure.setLifecycle(new AllureLifecycle(new RedactingResultsWriter(resultsDirectory)));
        }
        return LauncherFactory.create(config.build());
    }

    /**
     * Creates the directory up front, so a path that cannot hold results is a usage error before any query, and
     * removes an earlier run's results from it: a directory holds one run, or a second gate into it would pile its
     * results onto the first's (every check shown twice, as a retry).
     */
    static void prepare(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("--allure-results " + directory + " is a file; name a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UsageException("cannot create --allure-results " + directory + ": " + e);
        }
        if (!Files.isWritable(directory)) {
            throw new UsageException("--allure-results " + directory + " is not writable");
        }
        try {
            AllureReport.clearResults(directory);
        } catch (IOException e) {
            throw new UsageException("cannot clear the earlier results in --allure-results " + directory + ": " + e.getMessage());
        }
    }
}
