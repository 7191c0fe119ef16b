package dev.preflight.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Great Expectations' own test cases, run through Preflight: each case's dataset is loaded into DuckDB, its
 * expectation written as the Preflight check an author would write, the suite run by the engine, and the verdict
 * (and the observed count, where GX gives one) compared. Where Preflight deliberately differs, the case is listed in
 * {@link KnownDifferences} with the verdict Preflight gives, and that verdict is asserted too: nothing is skipped but
 * the cases GX itself runs only on pandas or Spark.
 */
class GxConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The expectation types this run covers, in the order the report lists them. */
    static final List<String> TYPES = List.of("expect_column_values_to_not_be_null", "expect_column_values_to_be_null",
            "expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique", "expect_table_row_count_to_be_between",
            "expect_table_row_count_to_equal", "expect_column_values_to_be_between", "expect_column_values_to_be_in_set",
            "expect_column_to_exist", "expect_table_columns_to_match_set");

    /** GX's definitions, kept in this module's test resources (or where -Dpreflight.gx.dir points). */
    static Path definitions() {
        Path dir = Path.of(System.getProperty("preflight.gx.dir", Path.of("src", "test", "resources", "conformance", "gx").toString()));
        assertThat(dir.resolve("MANIFEST.txt")).as("GX conformance definitions (set -Dpreflight.gx.dir)").exists();
        return dir;
    }

    @Test
    void should_agree_with_great_expectations_or_differ_only_as_documented(@TempDir Path dir) throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        TreeMap<String, String> differencesSeen = new TreeMap<>();
        int tableIndex = 0;
        for (String type : TYPES) {
            int[] counts = tally.computeIfAbsent(type, t -> new int[4]); // applicable, agreed, documented difference, not for SQL
            JsonNode file = JSON.readTree(definitions().resolve(type + ".json").toFile());
            for (JsonNode dataset : file.path("datasets")) {
                Path datasetDir = Files.createDirectories(dir.resolve("d" + tableIndex++));
                Path database = SuiteHarness.database(datasetDir, GxTranslation.table("gx_data", dataset.path("data")).toArray(String[]::new));
                int caseIndex = 0;
                for (JsonNode test : dataset.path("tests")) {
                    GxCase gx = GxCase.of(type, dataset, test);
                    if (!GxCase.appliesToSql(dataset, test)) {
                        counts[3]++;
                        continue;
                    }
                    counts[0]++;
                    Path caseDir = Files.createDirectories(datasetDir.resolve("c" + caseIndex++));
                    Observed observed = run(caseDir, database, gx);
                    String difference = KnownDifferences.verdict(gx.id());
                    if (difference != null) {
                        differencesSeen.put(gx.id(), observed.verdict);
                        if (observed.verdict.equals(difference)) {
                            counts[2]++;
                        } else {
                            disagreements.add(gx.id() + ": documented as Preflight '" + difference + "', but Preflight said '" + observed.verdict
                                    + "' (" + observed.detail + ")");
                        }
                        continue;
                    }
                    String countProblem = observed.verdict.equals(gx.verdict()) ? ObservedCounts.compare(gx, observed.document) : null;
                    if (!observed.verdict.equals(gx.verdict())) {
                        disagreements.add(gx.id() + ": GX '" + gx.verdict() + "', Preflight '" + observed.verdict + "' (" + observed.detail + ")");
                    } else if (countProblem != null) {
                        disagreements.add(gx.id() + ": same verdict, but " + countProblem);
                    } else {
                        counts[1]++;
                    }
                }
            }
        }
        String report = report(tally);
        Files.writeString(Path.of("target", "gx-conformance.txt"), report);
        System.out.println(report);
        assertThat(disagreements).as(report).isEmpty();
        assertThat(differencesSeen.keySet()).as("every documented difference is a case that ran").isEqualTo(KnownDifferences.ids());
    }

    /** Preflight's verdict on one case, with its result document when a check ran. */
    private record Observed(String verdict, String detail, JsonNode document) {
    }

    private static Observed run(Path dir, Path database, GxCase gx) {
        GxTranslation.Check check = GxTranslation.of(gx).orElseThrow();
        Path suite = SuiteHarness.suite(dir, database, "window: {start: 2000-01-01, end: 2000-01-01}\ndatasets:\n"
                + "  - table: gx_data\n    checks:\n      - " + check.yaml() + "\n");
        SuiteHarness.Run run = SuiteHarness.run(suite);
        if (run.ids().isEmpty()) {
            return new Observed("error", "invalid suite: " + String.join("; ", run.errors().values()), null);
        }
        JsonNode document = run.check(run.ids().get(0));
        String outcome = document.path("outcome").asText();
        String verdict = switch (outcome) {
            case "PASSED" -> "pass";
            case "FAILED" -> "fail";
            case "ERRORED" -> "error";
            default -> outcome.toLowerCase(Locale.ROOT);
        };
        return new Observed(verdict, document.path("message").asText(), document);
    }

    private static String report(Map<String, int[]> tally) {
        StringBuilder out = new StringBuilder("GX conformance (Great Expectations 1.2.0 test definitions, SQL-applicable cases)\n");
        out.append(String.format(Locale.ROOT, "%-42s %10s %7s %11s %8s %8s%n", "expectation", "applicable", "agree", "documented", "rate", "not SQL"));
        int[] total = new int[4];
        tally.forEach((type, c) -> {
            out.append(String.format(Locale.ROOT, "%-42s %10d %7d %11d %7.1f%% %8d%n", type, c[0], c[1], c[2], c[0] == 0 ? 0 : 100.0 * c[1] / c[0], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        out.append(String.format(Locale.ROOT, "%-42s %10d %7d %11d %7.1f%% %8d%n", "all", total[0], total[1], total[2], 100.0 * total[1] / total[0], total[3]));
        return out.toString();
    }
}
