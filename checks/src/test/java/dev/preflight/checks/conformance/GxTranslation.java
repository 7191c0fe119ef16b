package dev.preflight.checks.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a GX expectation as the Preflight check a suite author would write for it, and names the observed count to
 * compare with what GX reports. Each GX argument maps to one Preflight setting; {@code mostly} (a fraction) becomes a
 * percent.
 */
final class GxTranslation {

    private GxTranslation() {
    }

    /** The check's YAML, and how to read its observed count. */
    record Check(String yaml, String observedField) {
    }

    /** {@return the check for a case, or empty when the expectation type is not one this conformance run covers} */
    static Optional<Check> of(GxCase gx) {
        JsonNode in = gx.in();
        String mostly = in.has("mostly") ? ", mostly: " + percent(in.path("mostly")) : "";
        switch (gx.expectation()) {
            case "expect_column_values_to_not_be_null":
                return Optional.of(new Check("null_rate: {column: " + name(in.path("column")) + ", min: "
                        + (in.has("mostly") ? percent(in.path("mostly")) : "100") + "}", "null_rows"));
            case "expect_column_values_to_be_null":
                // No built-in "mostly NULL" check: the author writes the share of NULLs as a metric query.
                return Optional.of(new Check("sql: {metric: \"SELECT 100.0 * count(*) FILTER (WHERE \\\"" + in.path("column").asText()
                        + "\\\" IS NULL) / count(*) FROM ${table}\", min: " + (in.has("mostly") ? percent(in.path("mostly")) : "100") + "}", "value"));
            case "expect_column_values_to_be_unique":
                return Optional.of(new Check("duplicates: {keys: [" + name(in.path("column")) + "]" + mostly + "}",
                        in.has("mostly") ? "repeated_key_rows" : "duplicate_rows"));
            case "expect_compound_columns_to_be_unique":
                return Optional.of(new Check("duplicates: {keys: [" + list(in.path("column_list")) + "]" + mostly + "}",
                        in.has("mostly") ? "repeated_key_rows" : "duplicate_rows"));
            case "expect_table_row_count_to_be_between": {
                List<String> bounds = new ArrayList<>();
                if (in.has("min_value") && !in.path("min_value").isNull()) {
                    bounds.add("min: " + scalar(in.path("min_value")));
                }
                if (in.has("max_value") && !in.path("max_value").isNull()) {
                    bounds.add("max: " + scalar(in.path("max_value")));
                }
                return Optional.of(new Check("row_count: {" + String.join(", ", bounds) + "}", "rows"));
            }
            case "expect_table_row_count_to_equal":
                return Optional.of(new Check("row_count: {min: " + scalar(in.path("value")) + ", max: " + scalar(in.path("value")) + "}", "rows"));
            case "expect_column_values_to_be_between": {
                List<String> settings = new ArrayList<>();
                settings.add("column: " + name(in.path("column")));
                if (in.has("min_value") && !in.path("min_value").isNull()) {
                    settings.add("min: " + scalar(in.path("min_value")));
                }
                if (in.has("max_value") && !in.path("max_value").isNull()) {
                    settings.add("max: " + scalar(in.path("max_value")));
                }
                if (in.path("strict_min").asBoolean()) {
                    settings.add("strict_min: true");
                }
                if (in.path("strict_max").asBoolean()) {
                    settings.add("strict_max: true");
                }
                return Optional.of(new Check("values: {" + String.join(", ", settings) + mostly + "}", "unexpected_rows"));
            }
            case "expect_column_values_to_be_in_set":
                return Optional.of(new Check("values: {column: " + name(in.path("column")) + ", in: [" + scalars(in.path("value_set")) + "]"
                        + mostly + "}", "unexpected_rows"));
            case "expect_column_to_exist":
                return Optional.of(new Check("schema: {columns: [" + name(in.path("column")) + "]}", "missing_columns"));
            case "expect_table_columns_to_match_set":
                return Optional.of(new Check("schema: {columns: [" + (in.path("column_set").isNull() ? "" : list(in.path("column_set"))) + "]"
                        + (in.path("exact_match").asBoolean() ? ", extra_columns: false" : "") + "}", "missing_columns"));
            default:
                return Optional.empty();
        }
    }

    /** A GX fraction as a Preflight percent; out-of-range fractions stay out of range so the suite rejects them. */
    private static String percent(JsonNode mostly) {
        return new java.math.BigDecimal(mostly.asText()).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** A column name, quoted: GX names a column {@code null}, which YAML would read as no value. */
    private static String name(JsonNode column) {
        return "\"" + column.asText() + "\"";
    }

    private static String list(JsonNode columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(name(c)));
        return String.join(", ", names);
    }

    private static String scalars(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(scalar(v)));
        return String.join(", ", out);
    }

    /** Numbers stay numbers; text is quoted, as a suite author writes it. */
    static String scalar(JsonNode value) {
        return value.isNumber() ? value.asText() : "\"" + value.asText().replace("\"", "\\\"") + "\"";
    }

    /** {@return CREATE TABLE … AS VALUES for a GX dataset: a column of integers is BIGINT, of numbers DOUBLE, else VARCHAR} */
    static List<String> table(String name, JsonNode data) {
        List<String> columns = new ArrayList<>();
        data.fieldNames().forEachRemaining(columns::add);
        int rows = columns.isEmpty() ? 0 : data.path(columns.get(0)).size();
        List<String> types = columns.stream().map(c -> type(data.path(c))).toList();
        String definition = "CREATE TABLE " + name + " (" + java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> "\"" + columns.get(i) + "\" " + types.get(i)).collect(Collectors.joining(", ")) + ")";
        List<String> sql = new ArrayList<>(List.of(definition));
        for (int r = 0; r < rows; r++) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                JsonNode value = data.path(columns.get(c)).get(r);
                values.add(value == null || value.isNull() ? "NULL" : types.get(c).equals("VARCHAR")
                        ? "'" + value.asText().replace("'", "''") + "'" : value.asText());
            }
            sql.add("INSERT INTO " + name + " VALUES (" + String.join(", ", values) + ")");
        }
        return sql;
    }

    private static String type(JsonNode values) {
        boolean allIntegers = true;
        boolean allNumbers = true;
        boolean any = false;
        for (JsonNode value : values) {
            if (value.isNull()) {
                continue;
            }
            any = true;
            allIntegers &= value.isIntegralNumber();
            allNumbers &= value.isNumber();
        }
        return !any ? "VARCHAR" : allIntegers ? "BIGINT" : allNumbers ? "DOUBLE" : "VARCHAR";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
