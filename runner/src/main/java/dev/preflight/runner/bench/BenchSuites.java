package dev.preflight.runner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The suites the benchmark runs, written as YAML so that the gate process reads them as an author's suite would be.
 * Every suite's window is the whole file (975 dates); nothing fails the gate (duplicates are a warning) so that a run
 * measures checking, not reporting failures.
 */
public final class BenchSuites {

    /** Numeric columns a generated {@code values} check reads, in turn. */
    private static final String[] NUMERIC = {"minutes_played", "usage_rate", "points", "rebounds", "assists", "fg_attempts",
            "three_pt_attempts", "paint_attempts"};
    /** The 13 columns, each with a null_rate check in the standard suite. */
    private static final String[] COLUMNS = {"game_id", "player_lookup", "team_abbr", "game_date", "minutes_played", "usage_rate",
            "points", "rebounds", "assists", "fg_attempts", "three_pt_attempts", "paint_attempts", "season_year"};

    private BenchSuites() {
    }

    /**
     * The 20 checks: row count, 13 NULL rates, duplicates on (game_id, player_lookup), non-negative points,
     * rebounds and assists, minutes in [0, 60], rows per date.
     */
    public static Path standard(Path dir, Path warehouse) throws IOException {
        StringBuilder checks = new StringBuilder();
        checks.append("      - row_count: {min: 1}\n");
        for (String column : COLUMNS) {
            checks.append("      - null_rate: {column: ").append(column).append(", max: 60}\n");
        }
        checks.append("      - duplicates: {severity: warn}\n");
        for (String column : new String[] {"points", "rebounds", "assists"}) {
            checks.append("      - values: {column: ").append(column).append(", not_negative: true}\n");
        }
        checks.append("      - values: {column: minutes_played, min: 0, max: 60}\n");
        checks.append("      - row_count_per_date: {min: 1}\n");
        return write(dir.resolve("standard.yaml"), header("bench_standard", warehouse) + dataset(BenchData.TABLE) + checks);
    }

    /** {@return the number of checks in {@link #standard}} */
    public static int standardChecks() {
        return 1 + COLUMNS.length + 1 + 3 + 1 + 1;
    }

    /**
     * One dataset with {@code checks} checks: {@code values} checks with distinct bounds on the numeric columns in
     * turn (each its own pair of conditional counts; the non-NULL counts are shared per column), as a suite with
     * thousands of column rules looks to the planner.
     */
    public static Path wide(Path dir, Path warehouse, int checks) throws IOException {
        StringBuilder text = new StringBuilder(header("bench_wide_" + checks, warehouse)).append(dataset(BenchData.TABLE));
        for (int k = 0; k < checks; k++) {
            text.append("      - values: {id: v").append(k).append(", column: ").append(NUMERIC[k % NUMERIC.length])
                    .append(", min: 0, max: ").append(1000 + k).append("}\n");
        }
        return write(dir.resolve("wide-" + checks + ".yaml"), text.toString());
    }

    /** {@code datasets} datasets of {@code perDataset} checks each, over the views {@code bench.v0…} of the same file. */
    public static Path many(Path dir, Path warehouse, int datasets, int perDataset) throws IOException {
        StringBuilder text = new StringBuilder(header("bench_many_" + datasets + "x" + perDataset, warehouse));
        for (int d = 0; d < datasets; d++) {
            text.append(dataset(view(d)));
            for (int k = 0; k < perDataset; k++) {
                text.append("      - values: {id: v").append(k).append(", column: ").append(NUMERIC[k % NUMERIC.length])
                        .append(", min: 0, max: ").append(1000 + k).append("}\n");
            }
        }
        return write(dir.resolve("many-" + datasets + "x" + perDataset + ".yaml"), text.toString());
    }

    /** {@return the name of the {@code d}th view of the file, for {@link #many}} */
    public static String view(int d) {
        return "bench.v" + d;
    }

    private static String header(String name, Path warehouse) {
        return "preflight: 1\nname: " + name + "\nwindow: {start: " + BenchData.FIRST + ", end: " + BenchData.last() + "}\n"
                + "warehouse: {type: duckdb, path: '" + warehouse.toAbsolutePath() + "', allowed_directories: '"
                + warehouse.toAbsolutePath().getParent() + "'}\ndatasets:\n";
    }

    private static String dataset(String table) {
        return "  - table: " + table + "\n    date_column: game_date\n    keys: [game_id, player_lookup]\n    checks:\n";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
