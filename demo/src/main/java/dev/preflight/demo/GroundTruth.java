package dev.preflight.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What a correct pre-flight gate must report for a demo warehouse, measured with SQL on the written
 * file (never copied from the generator's plan). Written beside the warehouse as {@code
 * ground-truth.json}.
 *
 * @param expectedDates dates a Phase 3 table must cover: regular-season or playoff dates in the
 *     window, minus bootstrap days
 * @param bootstrapDates calendar days in the window that fall in a season's first 14 days
 */
public record GroundTruth(
        long seed,
        LocalDate windowStart,
        LocalDate windowEnd,
        int expectedDates,
        int bootstrapDates,
        List<Season> seasons,
        List<TableCoverage> tables,
        PlayerGameSummary playerGameSummary,
        PlantedAnomalies anomalies) {

    /**
     * @param gameDates distinct regular-season or playoff dates of the season in the window
     * @param bootstrapDates the season's bootstrap days in the window
     * @param expectedDates the season's game dates that are not bootstrap days
     */
    public record Season(
            int seasonYear,
            LocalDate opener,
            int gameDates,
            int bootstrapDates,
            int expectedDates) {}

    /**
     * @param table schema-qualified table name
     * @param coveragePercent covered ÷ expected × 100, rounded half up to one decimal
     * @param missingDates expected dates with no row in the table, ascending
     */
    public record TableCoverage(
            String table,
            long rows,
            int expectedDates,
            int coveredDates,
            double coveragePercent,
            List<LocalDate> missingDates) {}

    /**
     * @param duplicateExtraRows rows minus distinct (game_id, player_lookup) pairs
     * @param usageRateNonNullPercent rounded half up to two decimals
     */
    public record PlayerGameSummary(
            long totalRows,
            long usageRateNulls,
            double usageRateNonNullPercent,
            long duplicateExtraRows) {}

    /**
     * The dates the generator planted for the anomaly checks (its plan: what counts as an anomaly is not a count SQL
     * can measure), each with its value measured on the written file.
     *
     * @param halfScraped dates with about 60% of their player lines, with their rows per game
     * @param usageRateDrift the drift week's dates, with their usage_rate NULL share in percent
     */
    public record PlantedAnomalies(List<PlantedDate> halfScraped, List<PlantedDate> usageRateDrift) {
        public PlantedAnomalies {
            halfScraped = List.copyOf(halfScraped);
            usageRateDrift = List.copyOf(usageRateDrift);
        }
    }

    /** A planted date and its value, rounded half up to two decimals. */
    public record PlantedDate(LocalDate date, double value) {}

    public GroundTruth {
        seasons = List.copyOf(seasons);
        tables = List.copyOf(tables);
    }

    /**
     * Coverage of a table by schema-qualified name, e.g. {@code
     * nba_analytics.team_defense_game_summary}.
     */
    public TableCoverage coverage(String table) {
        return tables.stream()
                .filter(t -> t.table().equals(table))
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException("no ground truth for table " + table));
    }

    public void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    public static GroundTruth read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), GroundTruth.class);
    }

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
}
