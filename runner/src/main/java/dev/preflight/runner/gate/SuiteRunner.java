package dev.preflight.runner.gate;

import dev.preflight.engine.Constants;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs suites through the JUnit Platform Launcher with the Preflight engine: the same path as Surefire and the
 * ConsoleLauncher, so the gate can never disagree with the tests.
 */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    /**
     * @param datasetStarted told the display name of each dataset as its scan starts (for progress)
     * @throws UsageException when a suite location does not exist or the dates are inconsistent
     */
    public static RunResult run(RunRequest request, Consumer<String> datasetStarted) {
        return run(request, datasetStarted, Reporting.NONE);
    }

    /**
     * @param reporting where Allure results go, and whether suites publish their calendar for per-date JSON
     * @throws UsageException when a suite location does not exist or the dates are inconsistent
     */
    public static RunResult run(RunRequest request, Consumer<String> datasetStarted, Reporting reporting) {
        if (request.startDate() != null && request.endDate() != null && request.startDate().isAfter(request.endDate())) {
            throw new UsageException("--start-date " + request.startDate() + " is after --end-date " + request.endDate() + "; swap them");
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String suite : request.suites()) {
            selectors.add(selector(suite));
        }
        Map<String, String> configuration = request.configuration();
        if (reporting.perDate()) {
            configuration.put(Constants.REPORT_CALENDAR, "true");
        }
        RunListener listener = new RunListener(datasetStarted);
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(Constants.ENGINE_ID))
                .configurationParameters(configuration)
                .listeners(new LauncherDiscoveryListener() {
                    @Override
                    public void issueEncountered(org.junit.platform.engine.UniqueId engineId, org.junit.platform.engine.DiscoveryIssue issue) {
                        listener.result().warning(issue.message());
                    }
                });
        if (!request.tags().isEmpty()) {
            builder.filters(TagFilter.includeTags(request.tags()));
        }
        LauncherDiscoveryRequest discovery = builder.build();
        AllureOutput.launcher(reporting.allureResults()).execute(discovery, listener);
        return listener.result();
    }

    static DiscoverySelector selector(String suite) {
        if (suite.startsWith("classpath:")) {
            String name = suite.substring("classpath:".length());
            if (Thread.currentThread().getContextClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name) == null) {
                throw new UsageException("suite " + suite + " is not on the class path");
            }
            return DiscoverySelectors.selectClasspathResource(name);
        }
        Path path = Path.of(suite).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return DiscoverySelectors.selectDirectory(path.toFile());
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("suite " + suite + " does not exist");
        }
        return DiscoverySelectors.selectFile(path.toFile());
    }
}
