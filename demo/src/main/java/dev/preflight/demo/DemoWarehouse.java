package dev.preflight.demo;

import dev.preflight.demo.BoxScoreGenerator.BoxScores;
import dev.preflight.demo.ContextGenerator.Context;
import dev.preflight.demo.FaultPlanter.Faults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Builds the demo warehouse: a DuckDB file shaped like the production NBA pipeline's Phase 3, with
 * the gaps, nulls and duplicates the production pre-flight check found on 2026-01-05, and the
 * ground truth a correct gate must report for it.
 */
public final class DemoWarehouse {
    private DemoWarehouse() {}

    public static final long DEFAULT_SEED = 20260105L;
    public static final String DATABASE_FILE = "nba.duckdb";
    public static final String GROUND_TRUTH_FILE = "ground-truth.json";

    /**
     * The generated warehouse with what was planted in it, for tests that check one against the
     * other.
     */
    record Build(GroundTruth truth, List<ScheduledGame> schedule, Faults faults) {}

    /**
     * Builds (replacing only its own files) {@code <dir>/nba.duckdb} and {@code
     * <dir>/ground-truth.json}; returns the ground truth. Deterministic for a given seed.
     */
    public static GroundTruth generate(Path dir, long seed) throws IOException, SQLException {
        return build(dir, seed).truth();
    }

    static Build build(Path dir, long seed) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path database = dir.resolve(DATABASE_FILE);
        deleteOwnFiles(dir);
        try {
            ReferenceData reference = ReferenceData.load();
            List<ScheduledGame> schedule = ScheduleBuilder.build(reference, seed);
            Rosters rosters = Rosters.build(seed);
            BoxScores box = BoxScoreGenerator.generate(schedule, rosters, seed);
            Context context = ContextGenerator.generate(schedule, box.players(), rosters, seed);
            FactTables clean =
                    new FactTables(
                            box.players(),
                            box.offense(),
                            box.defense(),
                            context.players(),
                            context.teams());
            Faults faults =
                    FaultPlanter.plant(
                            clean,
                            ExpectedDates.of(
                                    schedule,
                                    SeasonCalendar.WINDOW_START,
                                    SeasonCalendar.WINDOW_END),
                            seed);

            try (Connection connection = DriverManager.getConnection(url(database))) {
                WarehouseWriter.write(connection, schedule, faults.tables());
            }
            // Measured from a fresh read-only connection: the truth is what the closed file holds.
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            GroundTruth truth;
            try (Connection connection = DriverManager.getConnection(url(database), readOnly)) {
                truth =
                        GroundTruthQueries.measure(
                                connection,
                                seed,
                                SeasonCalendar.WINDOW_START,
                                SeasonCalendar.WINDOW_END,
                                faults.anomalies());
            }
            truth.write(dir.resolve(GROUND_TRUTH_FILE));
            return new Build(truth, schedule, faults);
        } catch (IOException | SQLException | RuntimeException e) {
            // Leave no half-built warehouse that a later gate run could mistake for a real one.
            try {
                deleteOwnFiles(dir);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Only the files this class writes; anything else in the directory belongs to the user. */
    private static void deleteOwnFiles(Path dir) throws IOException {
        for (String name : List.of(DATABASE_FILE, DATABASE_FILE + ".wal", GROUND_TRUTH_FILE)) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    private static String url(Path database) {
        return "jdbc:duckdb:" + database.toAbsolutePath();
    }
}
