package dev.preflight.checks.allure;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

/**
 * Runs the fixture suite through the Launcher and prints each check's outcome, one "check id=outcome/status" a line.
 * {@link EngineWithoutAllureTest} starts it in a JVM whose class path has no Allure jar (a JVM of its own, because
 * DuckDB's native library loads into one class loader per JVM).
 */
public final class IsolatedRun {

    private IsolatedRun() {
    }

    public static void main(String[] args) {
        run(args[0]).forEach((name, outcome) -> System.out.println(name + "=" + outcome));
    }

    private static String checkId(TestIdentifier identifier) {
        return identifier.getUniqueIdObject().getLastSegment().getValue();
    }

    /** {@return each check's outcome (and JUnit status) by check id, plus "allure=present|absent"} */
    public static Map<String, String> run(String warehouse) {
        Map<String, String> outcomes = new TreeMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClasspathResource(FixtureWarehouse.SUITE))
                .configurationParameter(FixtureWarehouse.WAREHOUSE_PATH, warehouse).build(), new TestExecutionListener() {
                    @Override
                    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
                        String outcome = entry.getKeyValuePairs().get("preflight.outcome");
                        if (outcome != null) {
                            outcomes.put(checkId(identifier), outcome);
                        }
                    }

                    @Override
                    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                        if (identifier.isTest()) {
                            outcomes.merge(checkId(identifier), result.getStatus().name(), (a, b) -> a + "/" + b);
                        }
                    }
                });
        try {
            Class.forName("io.qameta.allure.Allure", false, IsolatedRun.class.getClassLoader());
            outcomes.put("allure", "present");
        } catch (ClassNotFoundException e) {
            outcomes.put("allure", "absent");
        }
        return outcomes;
    }
}
