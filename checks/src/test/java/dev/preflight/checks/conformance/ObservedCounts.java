package dev.preflight.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/**
 * Compares the counts GX reports for a case (where it reports any) with the counts Preflight observed: the length of
 * {@code unexpected_list}, {@code result.unexpected_count}, {@code element_count} and {@code observed_value}.
 */
final class ObservedCounts {

    private ObservedCounts() {
    }

    /** {@return what differs, or {@code null} when every count GX gives agrees} */
    static String compare(GxCase gx, JsonNode document) {
        if (document == null || gx.error()) {
            return null;
        }
        JsonNode out = gx.out();
        JsonNode observed = document.path("observed");
        GxTranslation.Check check = GxTranslation.of(gx).orElseThrow();
        if (out.has("observed_value") && observed.has("rows")) {
            return same("observed_value", out.path("observed_value").asLong(), observed.path("rows").asLong());
        }
        if (out.path("result").has("element_count") && observed.has("rows")) {
            String problem = same("element_count", out.path("result").path("element_count").asLong(), observed.path("rows").asLong());
            if (problem != null) {
                return problem;
            }
        }
        Long unexpected = out.has("unexpected_list") ? Long.valueOf(out.path("unexpected_list").size())
                : out.path("result").has("unexpected_count") ? out.path("result").path("unexpected_count").asLong() : null;
        if (unexpected == null) {
            return null;
        }
        switch (check.observedField()) {
            case "null_rows", "unexpected_rows", "repeated_key_rows":
                return same("unexpected rows", unexpected, observed.path(check.observedField()).asLong());
            case "duplicate_rows": {
                // GX lists every copy of a repeated key; Preflight counts the copies after the first.
                JsonNode list = out.has("unexpected_list") ? out.path("unexpected_list") : out.path("result").path("unexpected_list");
                Set<String> distinct = new HashSet<>();
                list.forEach(v -> distinct.add(v.toString()));
                return same("duplicate rows (copies after the first)", list.size() - distinct.size(), observed.path("duplicate_rows").asLong());
            }
            case "value": {
                // be_null: GX lists the non-NULL values; Preflight's metric is the NULL percent.
                long rows = gx.data().elements().next().size();
                double expected = 100.0 * (rows - unexpected) / rows;
                return Math.abs(expected - observed.path("value").asDouble()) < 1e-9 ? null
                        : "NULL percent: GX implies " + expected + ", Preflight " + observed.path("value").asDouble();
            }
            default:
                return null;
        }
    }

    private static String same(String what, long gx, long preflight) {
        return gx == preflight ? null : what + ": GX " + gx + ", Preflight " + preflight;
    }
}
