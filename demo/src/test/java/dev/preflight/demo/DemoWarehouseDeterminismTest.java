package dev.preflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed gives the same warehouse, byte for byte in the ground truth and row for row in the
 * data.
 */
class DemoWarehouseDeterminismTest {
    static final long OTHER_SEED = DemoWarehouse.DEFAULT_SEED + 1;

    @TempDir static Path first;
    @TempDir static Path second;
    @TempDir static Path other;
    static GroundTruth firstTruth;
    static GroundTruth secondTruth;
    static GroundTruth otherTruth;

    @BeforeAll
    static void generate() throws Exception {
        firstTruth = DemoWarehouse.generate(first, DemoWarehouse.DEFAULT_SEED);
        secondTruth = DemoWarehouse.generate(second, DemoWarehouse.DEFAULT_SEED);
        otherTruth = DemoWarehouse.generate(other, OTHER_SEED);
    }

    @Test
    void sameSeedGivesIdenticalGroundTruthAndData() throws Exception {
        assertThat(secondTruth).isEqualTo(firstTruth);
        assertThat(Files.readAllBytes(second.resolve(DemoWarehouse.GROUND_TRUTH_FILE)))
                .isEqualTo(Files.readAllBytes(first.resolve(DemoWarehouse.GROUND_TRUTH_FILE)));
        assertThat(DemoDb.fingerprint(second)).isEqualTo(DemoDb.fingerprint(first));
    }

    @Test
    void differentSeedGivesDifferentWarehouse() throws Exception {
        assertThat(otherTruth).isNotEqualTo(firstTruth);
        assertThat(otherTruth.seed()).isEqualTo(OTHER_SEED);
        assertThat(otherTruth.coverage("nba_analytics.team_defense_game_summary").missingDates())
                .isNotEqualTo(
                        firstTruth
                                .coverage("nba_analytics.team_defense_game_summary")
                                .missingDates());
        assertThat(DemoDb.fingerprint(other)).isNotEqualTo(DemoDb.fingerprint(first));
    }

    @Test
    void anySeedReproducesTheSamePicture() {
        // The calendar does not depend on the seed; the planted faults hit the same targets.
        assertThat(otherTruth.expectedDates()).isEqualTo(firstTruth.expectedDates());
        assertThat(otherTruth.seasons()).isEqualTo(firstTruth.seasons());
        assertThat(otherTruth.coverage("nba_analytics.team_defense_game_summary").coveragePercent())
                .isCloseTo(91.5, within(0.5));
        assertThat(
                        otherTruth
                                .coverage("nba_analytics.upcoming_player_game_context")
                                .coveragePercent())
                .isCloseTo(52.6, within(0.5));
        assertThat(
                        otherTruth
                                .coverage("nba_analytics.upcoming_team_game_context")
                                .coveragePercent())
                .isCloseTo(58.5, within(0.5));
        assertThat(otherTruth.playerGameSummary().usageRateNonNullPercent())
                .isCloseTo(89.6, within(0.5));
        assertThat(otherTruth.playerGameSummary().duplicateExtraRows()).isPositive();
    }
}
