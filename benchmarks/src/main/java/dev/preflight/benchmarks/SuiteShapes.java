package dev.preflight.benchmarks;

import java.time.LocalDate;

/**
 * The suites the benchmarks judge, in the shapes of {@code preflight bench} (the runner's {@code BenchSuites}): one
 * dataset of {@code player_game_summary} over a window of {@value SyntheticTable#DATES} dates, with {@code n} checks.
 * Nothing fails the gate, so a run measures checking, not reporting failures.
 */
public final class SuiteShapes {

    /** The numeric columns a {@code values} check reads, in turn. */
    static final String[] NUMERIC = {"minutes_played", "usage_rate", "points", "rebounds", "assists", "fg_attempts",
            "three_pt_attempts", "paint_attempts"};

    private SuiteShapes() {
    }

    /**
     * {@return the suite text of {@code shape} with {@code checks} checks, whose warehouse is the replay of
     * {@code recording}}
     *
     * @param shape {@code values}: the wide suite, {@code values} checks with distinct bounds on the numeric columns in
     *        turn (each its own pair of conditional counts); {@code standard}: the 20-check suite (row count,
     *        13 NULL rates, duplicates, non-negative points, rebounds and assists, minutes in [0, 60], rows per date),
     *        its checks repeated in turn with ids of their own
     */
    public static String text(String shape, int checks, String recording) {
        StringBuilder text = new StringBuilder("preflight: 1\nname: jmh_").append(shape).append('_').append(checks)
                .append("\nwindow: {start: ").append(SyntheticTable.FIRST).append(", end: ").append(last())
                .append("}\nwarehouse: {type: ").append(ReplayProvider.TYPE).append(", ").append(ReplayProvider.RECORDING)
                .append(": ").append(recording).append("}\ndatasets:\n  - table: ").append(SyntheticTable.TABLE)
                .append("\n    date_column: game_date\n    keys: [game_id, player_lookup]\n    checks:\n");
        for (int k = 0; k < checks; k++) {
            text.append("      - ").append(check(shape, k)).append('\n');
        }
        return text.toString();
    }

    /** {@return the last date of the window} */
    public static LocalDate last() {
        return SyntheticTable.FIRST.plusDays(SyntheticTable.DATES - 1);
    }

    private static String check(String shape, int k) {
        String id = "id: c" + k + ", ";
        switch (shape) {
            case "values":
                return "values: {" + id + "column: " + NUMERIC[k % NUMERIC.length] + ", min: 0, max: " + (1000 + k) + "}";
            case "standard":
                int i = k % 20;
                if (i == 0) {
                    return "row_count: {" + id + "min: 1}";
                }
                if (i <= SyntheticTable.COLUMNS.length) {
                    return "null_rate: {" + id + "column: " + SyntheticTable.COLUMNS[i - 1] + ", max: 60}";
                }
                if (i == 14) {
                    return "duplicates: {" + id + "severity: warn}";
                }
                if (i <= 17) {
                    return "values: {" + id + "column: " + new String[] {"points", "rebounds", "assists"}[i - 15] + ", not_negative: true}";
                }
                return i == 18 ? "values: {" + id + "column: minutes_played, min: 0, max: 60}" : "row_count_per_date: {" + id + "min: 1}";
            default:
                throw new IllegalArgumentException("unknown suite shape " + shape + "; known: values, standard");
        }
    }
}
