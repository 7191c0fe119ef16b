package dev.preflight.runner.gate;

import dev.preflight.engine.Constants;
import dev.preflight.result.ResultJson;
import dev.preflight.warehouse.Warehouses;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs suites through the JUnit Platform Launcher with the Preflight engine: the same path as Surefire and the
 * ConsoleLauncher, so the gate can never disagree with the tests.
 */
public final class SuiteRunner {

    /**
     * JUnit logs every discovery issue through java.util.logging, a block of five lines on standard error; the gate
     * reports each issue itself, once, so JUnit's copy is silenced. Held here: JUL keeps loggers only weakly.
     */
    private static final Logger DISCOVERY_ISSUE_LOG = Logger.getLogger("org.junit.platform.launcher.core.DiscoveryIssueNotifier");

    static {
        DISCOVERY_ISSUE_LOG.setLevel(Level.OFF);
    }

    private static final AtomicBoolean PRELOADED = new AtomicBoolean();

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
        // The warehouse driver and the result documents' JSON mapper load on the second core while the Launcher
        // starts and the suites are parsed; once per JVM: a later run (the demo's night, a pipeline's gates, the
        // benchmark's rounds) finds them loaded.
        if (PRELOADED.compareAndSet(false, true)) {
            preloadInBackground(Warehouses.load(Thread.currentThread().getContextClassLoader()));
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String suite : request.suites()) {
            selectors.add(selector(suite));
        }
        Map<String, String> configuration = request.configuration();
        if (reporting.perDate()) {
            configuration.put(Constants.REPORT_CALENDAR, "true");
        }
        if (reporting.allureResults() == null) {
            // Only Allure reads a dataset's numbers per date; without it they are work and memory for nobody.
            configuration.put(Constants.REPORT_PER_DATE, "false");
        }
        RunListener listener = new RunListener(datasetStarted);
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(configuration)
                .listeners(new LauncherDiscoveryListener() {
                    @Override
                    public void issueEncountered(org.junit.platform.engine.UniqueId engineId, org.junit.platform.engine.DiscoveryIssue issue) {
                        listener.result().warning(issue.message());
                    }
                });
        if (!request.tags().isEmpty()) {
            builder.filters(tagFilter(request.tags()));
        }
        LauncherDiscoveryRequest discovery = builder.build();
        AllureOutput.launcher(reporting.allureResults()).execute(discovery, listener);
        listener.result().dataOptions(request.sameDataOptions());
        return listener.result();
    }

    private static void preloadInBackground(Warehouses warehouses) {
        Thread thread = new Thread(() -> {
            warehouses.preload();
            try {
                ResultJson.preload();
            } catch (RuntimeException | LinkageError e) {
                // ignored: the first check's entry builds the mapper then, and says what is wrong
            }
        }, "preflight-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** JUnit parses tag expressions as it builds the filter; a bad one is the caller's mistake, not a failed run. */
    private static PostDiscoveryFilter tagFilter(List<String> tags) {
        for (String tag : tags) {
            try {
                TagFilter.includeTags(tag);
            } catch (PreconditionViolationException e) {
                // JUnit's text: Unable to parse tag expression "(a": missing closing parenthesis for '(' at index <0>
                String why = e.getMessage().replaceFirst("^Unable to parse tag expression \"[^\"]*\": ", "").replaceAll("[<>]", "");
                throw new UsageException("--tag '" + tag + "' is not a tag expression: " + why
                        + " (write a tag, or tags joined with &, |, ! and parentheses)");
            }
        }
        return TagFilter.includeTags(tags);
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
        SuiteFilesLoader.requireSuite(suite);
        return DiscoverySelectors.selectFile(path.toFile());
    }
}
