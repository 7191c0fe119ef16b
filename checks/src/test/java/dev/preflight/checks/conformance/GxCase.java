package dev.preflight.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * One of Great Expectations' own test cases: its dataset, its arguments and GX's verdict.
 *
 * @param expectation the expectation type, e.g. {@code expect_column_values_to_not_be_null}
 * @param title the case's title, unique within its file
 * @param data the dataset's columns
 * @param in the expectation's arguments
 * @param out what GX answered; empty when it raised an error
 * @param error whether GX raised an error instead of a verdict
 */
record GxCase(String expectation, String title, JsonNode data, JsonNode in, JsonNode out, boolean error) {

    /** The GX backends whose behaviour an SQL engine such as DuckDB shares. */
    static final Set<String> SQL_BACKENDS = Set.of("sqlalchemy", "sqlite", "postgresql");

    static GxCase of(String expectation, JsonNode dataset, JsonNode test) {
        boolean error = test.has("error") || test.path("out").has("traceback_substring");
        return new GxCase(expectation, test.path("title").asText(), dataset.path("data"), test.path("in"), test.path("out"), error);
    }

    /** {@return whether GX runs the case on SQL backends: pandas- or Spark-only cases say nothing about SQL} */
    static boolean appliesToSql(JsonNode dataset, JsonNode test) {
        for (JsonNode node : List.of(dataset, test)) {
            if (node.has("only_for") && !names(node.path("only_for")).stream().anyMatch(SQL_BACKENDS::contains)) {
                return false;
            }
            if (node.has("suppress_test_for") && names(node.path("suppress_test_for")).stream().anyMatch(SQL_BACKENDS::contains)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    String id() {
        return expectation + "/" + title;
    }

    /** {@return GX's verdict: "pass", "fail" or "error"} */
    String verdict() {
        return error ? "error" : out.path("success").asBoolean() ? "pass" : "fail";
    }
}
