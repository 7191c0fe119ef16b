package dev.preflight.runner.suggest;

import dev.preflight.calendar.DateRanges;
import dev.preflight.check.Format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A suite that holds a table to what it is today, written as YAML with a comment on each check saying what it saw.
 * The rules are Deequ's constraint suggestions, in Preflight's check types: a column without NULLs stays complete and
 * one with NULLs keeps its share (with room for sampling noise); a number column without negative values stays
 * non-negative; a text column with few values keeps to them; the column names and types stay; the keys stay unique
 * (or no more repeated than now); every date with rows keeps at least the fewest rows seen; the table is not empty. A gate of the suggestion on the same data passes;
 * the author then tightens what should be stricter and adds what data cannot say (coverage needs a calendar).
 */
public final class SuggestedSuite {

    /** z of a two-sided 95% interval: the NULL share's maximum is the upper end of the observed share's interval. */
    private static final double Z_95 = 1.96;
    /**
     * Rows per distinct value a text column needs on average before its values are suggested as the only ones: fewer,
     * and the values look like identifiers seen once or twice, not categories.
     */
    private static final int CATEGORY_ROWS = 10;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./\\-]*");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private SuggestedSuite() {
    }

    /**
     * @param warehouse the settings to write under {@code warehouse:}, already free of secrets
     * @param today the day the suggestion is made, for its header
     */
    public static String yaml(TableProfile profile, Map<String, String> warehouse, LocalDate today) {
        List<String> lines = new ArrayList<>();
        TableProfile.DateRows dates = profile.dates();
        lines.add("# Suggested by 'preflight suggest' on " + today + " from " + profile.table() + ": " + Format.count(profile.rows())
                + " rows" + (profile.dateColumn().isPresent() ? " on " + Format.count(dates.count()) + " dates"
                + (dates.count() == 0 ? "" : " (" + dates.first() + ".." + dates.last() + ")") : "") + ".");
        lines.add("# Each threshold holds the table to what it is today: tighten what should be stricter before a gate relies on it.");
        lines.add("preflight: 1");
        lines.add("name: " + scalar(profile.table().simpleName()));
        if (profile.coverage().isPresent()) {
            // The calendar dates it compared: those asked for, else from the table's first date to the calendar's last.
            TableProfile.Coverage coverage = profile.coverage().get();
            lines.add("parameters:                  # the window; -Dpreflight.param.start_date=… or --start-date replace them");
            lines.add("  start_date: " + coverage.window().start());
            lines.add("  end_date: " + coverage.window().end());
        } else if (profile.dateColumn().isPresent()) {
            // The dates it measured: those asked for, else the first and last with rows (a table without rows: today).
            boolean all = profile.window().equals(Profiler.EVERY_DATE);
            lines.add("parameters:                  # the window; -Dpreflight.param.start_date=… or --start-date replace them");
            lines.add("  start_date: " + (!all ? profile.window().start() : dates.count() > 0 ? dates.first() : "today"));
            lines.add("  end_date: " + (!all ? profile.window().end() : dates.count() > 0 ? dates.last() : "today"));
        } else {
            lines.add("window: {start: today, end: today}  # a table without a date column is read whole; a suite still declares a window");
        }
        lines.add("warehouse:");
        warehouse.forEach((key, value) -> lines.add("  " + scalar(key) + ": " + scalar(value)));
        profile.coverage().ifPresent(coverage -> {
            lines.add("calendar:                    # the dates on which the table must have rows");
            lines.add("  table: " + scalar(coverage.calendar().toString()));
            lines.add("  date_column: " + scalar(coverage.dateColumn()));
        });
        lines.add("datasets:");
        lines.add("  - table: " + scalar(profile.table().toString()));
        profile.dateColumn().ifPresent(column -> lines.add("    date_column: " + scalar(column)));
        if (!profile.keys().isEmpty()) {
            lines.add("    keys: [" + String.join(", ", profile.keys().stream().map(SuggestedSuite::scalar).toList()) + "]");
        }
        lines.add("    checks:");
        checks(profile, lines);
        if (profile.dateColumn().isPresent() && profile.coverage().isEmpty()) {
            lines.add("# Coverage needs the dates the table must have, which its rows cannot tell: add a calendar");
            lines.add("# (docs/suite-format.md#expected-calendar), e.g.");
            lines.add("#   calendar: {table: SCHEDULE_TABLE, date_column: ITS_DATE_COLUMN}");
            lines.add("# and the check '- coverage: {min: 95}' to the dataset.");
        }
        return String.join("\n", lines) + "\n";
    }

    private static void checks(TableProfile profile, List<String> lines) {
        long rows = profile.rows();
        profile.coverage().ifPresent(coverage -> coverage(coverage, profile.dates(), lines));
        if (rows > 0) {
            check(lines, "row_count: {min: 1}", Format.count(rows) + " rows today");
        }
        lines.add("      - schema:                 # the columns and types today; extra_columns: false also fails on new ones");
        lines.add("          columns:");
        for (TableProfile.ColumnProfile column : profile.columns()) {
            lines.add("            " + scalar(column.name()) + ": " + scalar(column.type()));
        }
        if (!profile.keys().isEmpty() && profile.duplicateRows().isPresent()) {
            long duplicates = profile.duplicateRows().getAsLong();
            check(lines, duplicates == 0 ? "duplicates: {}" : "duplicates: {max: " + duplicates + "}",
                    duplicates == 0 ? "every key is unique today"
                            : Format.count(duplicates) + " duplicate rows today: lower the maximum to 0 once they are gone");
        }
        TableProfile.DateRows dates = profile.dates();
        if (profile.dateColumn().isPresent() && dates.count() > 0 && profile.coverage().isEmpty()) {
            check(lines, "row_count_per_date: {min: " + dates.fewest() + "}", "rows per date today: fewest " + Format.count(dates.fewest())
                    + ", median " + Format.count(dates.median()) + ", most " + Format.count(dates.most()));
        }
        if (rows == 0) {
            lines.add("      # no rows in the window today: no row count, NULL or value checks suggested");
            return;
        }
        for (TableProfile.ColumnProfile column : profile.columns()) {
            String name = scalar(column.name());
            if (column.nulls() == rows) {
                lines.add("      # " + column.name() + " is NULL in every row: no check suggested");
                continue;
            }
            if (column.nulls() == 0) {
                check(lines, "null_rate: {column: " + name + ", max: 0}", "no NULLs today");
            } else {
                double share = (double) column.nulls() / rows;
                double bound = Math.ceil(1000 * (share + Z_95 * Math.sqrt(share * (1 - share) / rows))) / 10;
                check(lines, "null_rate: {column: " + name + ", max: " + plain(Math.min(bound, 100)) + "}", "NULL in "
                        + Format.count(column.nulls()) + " of " + Format.count(rows) + " rows today (" + Format.percent(100 * share)
                        + "); the maximum leaves room for noise");
            }
            if (column.negatives().isPresent() && column.negatives().getAsLong() == 0) {
                check(lines, "values: {column: " + name + ", not_negative: true}", "no negative values today");
            }
            long nonNull = rows - column.nulls();
            column.values().filter(values -> !values.isEmpty() && nonNull >= CATEGORY_ROWS * values.size()).ifPresent(values ->
                    check(lines, "values: {column: " + name + ", in: [" + String.join(", ", values.stream().map(v -> scalar(v.value())).sorted().toList()) + "]}",
                            values.size() + (values.size() == 1 ? " value" : " values") + " today, each on " + Format.count(values.get(values.size() - 1).rows())
                                    + " to " + Format.count(values.get(0).rows()) + " rows"));
        }
    }

    /**
     * Coverage holds the table to the share of calendar dates it covers today, rounded down to 0.1%, as duplicates
     * keeps today's count: a gap already there is named, with what to do, instead of failing the first run.
     */
    private static void coverage(TableProfile.Coverage coverage, TableProfile.DateRows dates, List<String> lines) {
        if (coverage.expected() == 0) {
            lines.add("      # no calendar dates in the window today: no coverage check suggested");
            return;
        }
        double percent = 100.0 * coverage.covered() / coverage.expected();
        double min = Math.floor(percent * 10) / 10;
        String seen = "covers " + Format.count(coverage.covered()) + " of " + Format.count(coverage.expected()) + " calendar dates today";
        // With a calendar, row_count_per_date would judge the missing dates too (0 rows): coverage's own per-date
        // minimum counts a thin date as not covered instead, once.
        String perDate = dates.fewest() > 1 ? ", min_rows_per_date: " + dates.fewest() : "";
        if (coverage.missingRanges().isEmpty()) {
            check(lines, "coverage: {min: 100" + perDate + "}", seen);
            return;
        }
        check(lines, "coverage: {min: " + plain(min) + perDate + "}", seen + " (" + Format.percent(percent) + "); missing "
                + DateRanges.describe(coverage.missingRanges(), 3) + ": raise the minimum once they are backfilled ('preflight plan' lists them)");
    }

    private static void check(List<String> lines, String check, String why) {
        String line = "      - " + check;
        lines.add(line + " ".repeat(Math.max(1, 58 - line.length())) + "# " + why);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@return the text as a YAML scalar: plain when YAML reads it back as the same string, double-quoted otherwise} */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
