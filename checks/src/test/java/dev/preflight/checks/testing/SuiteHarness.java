package dev.preflight.checks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.check.CheckTypes;
import dev.preflight.engine.Constants;
import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Runs suites the way Surefire does (EngineTestKit, the preflight engine, a real DuckDB file) and reads back what the
 * engine published: each check's outcome and result document, each dataset's statement count, the suite's verdict.
 */
public final class SuiteHarness {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SuiteHarness() {
    }

    /** Creates a DuckDB file from SQL and closes it, so the engine can open it read-only. */
    public static Path database(Path dir, String... statements) {
        Path file = dir.resolve("warehouse.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** Writes a suite whose warehouse is {@code database}; {@code body} is everything after the warehouse line. */
    public static Path suite(Path dir, Path database, String body) {
        Path file = dir.resolve("suite.yaml");
        String text = "preflight: 1\nname: test\nwarehouse: {type: duckdb, path: '" + database + "'}\n" + body;
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@return the problems of a suite text that should not parse} */
    public static List<Problem> problems(String text) {
        SuiteParser.Parsed parsed = new SuiteParser(CheckTypes.load(SuiteHarness.class.getClassLoader()))
                .parse(text, new SourceLocation(URI.create("file:///suite.yaml"), "suite.yaml", 1, 1));
        if (parsed instanceof SuiteParser.Parsed.Invalid invalid) {
            return invalid.problems();
        }
        throw new AssertionError("the suite parsed: " + parsed);
    }

    /** {@return the parsed suite of a text that should parse} */
    public static dev.preflight.suite.Suite parse(String text) {
        SuiteParser.Parsed parsed = new SuiteParser(CheckTypes.load(SuiteHarness.class.getClassLoader()))
                .parse(text, new SourceLocation(URI.create("file:///suite.yaml"), "suite.yaml", 1, 1));
        if (parsed instanceof SuiteParser.Parsed.Valid valid) {
            return valid.suite();
        }
        throw new AssertionError("the suite did not parse: " + parsed);
    }

    public static Run run(Path suite) {
        return run(suite, Map.of());
    }

    /**
     * Runs a suite from the class path (the NBA suites) against {@code database}, over a window, as a pipeline would
     * with {@code -Dpreflight.warehouse.path=… -Dpreflight.param.start_date=…}.
     */
    public static Run runResource(String resource, Path database, String startDate, String endDate) {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.WAREHOUSE_PREFIX + "path", database.toString())
                .configurationParameter(Constants.PARAMETER_PREFIX + "start_date", startDate)
                .configurationParameter(Constants.PARAMETER_PREFIX + "end_date", endDate)
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource(resource)).execute();
        return new Run(results);
    }

    public static Run run(Path suite, Map<String, String> configuration) {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID).configurationParameters(configuration)
                .selectors(selectFile(suite.toFile())).execute();
        return new Run(results);
    }

    /** What one engine run published. */
    public static final class Run {
        private final EngineExecutionResults results;
        private final Map<String, JsonNode> checks = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        private final Map<String, Integer> statements = new LinkedHashMap<>();
        private final Map<String, String> errors = new LinkedHashMap<>();
        private String verdict;

        Run(EngineExecutionResults results) {
            this.results = results;
            for (Event event : results.allEvents().list()) {
                String id = event.getTestDescriptor().getUniqueId().getSegments().stream().skip(2)
                        .map(s -> s.getValue()).reduce((a, b) -> a + "/" + b).orElse("");
                if (event.getType() == EventType.REPORTING_ENTRY_PUBLISHED) {
                    Map<String, String> pairs = event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
                    if (pairs.containsKey(Constants.RESULT)) {
                        try {
                            checks.put(id, JSON.readTree(pairs.get(Constants.RESULT)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        entries.put(id, pairs);
                    }
                    if (pairs.containsKey("preflight.statements")) {
                        statements.put(id, Integer.parseInt(pairs.get("preflight.statements")));
                    }
                    if (pairs.containsKey(Constants.VERDICT)) {
                        verdict = pairs.get(Constants.VERDICT);
                    }
                }
                if (event.getType() == EventType.FINISHED) {
                    event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                            .ifPresent(t -> errors.put(id, t.getMessage()));
                }
            }
        }

        /** {@return the result document of check {@code datasetId/checkId}} */
        public JsonNode check(String datasetAndCheck) {
            JsonNode node = checks.get(datasetAndCheck);
            if (node == null) {
                throw new AssertionError("no result for " + datasetAndCheck + "; results: " + checks.keySet() + "; errors: " + errors);
            }
            return node;
        }

        public String outcome(String datasetAndCheck) {
            return check(datasetAndCheck).path("outcome").asText();
        }

        public String message(String datasetAndCheck) {
            return check(datasetAndCheck).path("message").asText();
        }

        public Map<String, String> entries(String datasetAndCheck) {
            return entries.get(datasetAndCheck);
        }

        /** {@return outcome by check, e.g. {"pgs/coverage": "FAILED"}} */
        public Map<String, String> outcomes() {
            Map<String, String> out = new LinkedHashMap<>();
            checks.forEach((id, doc) -> out.put(id, doc.path("outcome").asText()));
            return out;
        }

        public int statements(String datasetId) {
            Integer count = statements.get(datasetId);
            if (count == null) {
                throw new AssertionError("no statement count for " + datasetId + ": " + statements.keySet());
            }
            return count;
        }

        public Optional<String> verdict() {
            return Optional.ofNullable(verdict);
        }

        /** {@return the failure message of a test or container, e.g. an invalid suite's problems} */
        public Optional<String> error(String id) {
            return Optional.ofNullable(errors.get(id));
        }

        public Map<String, String> errors() {
            return errors;
        }

        public EngineExecutionResults results() {
            return results;
        }

        public List<String> ids() {
            return new ArrayList<>(checks.keySet());
        }
    }
}
