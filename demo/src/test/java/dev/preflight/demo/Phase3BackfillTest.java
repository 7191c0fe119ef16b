package dev.preflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.demo.OutagePlanner.Outage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's Phase 3 backfill job restores exactly the rows the generator made before the planted
 * outages, and only on the dates it is given.
 */
class Phase3BackfillTest {

    static final String DEFENSE = "nba_analytics.team_defense_game_summary";

    @TempDir static Path dir;
    static DemoWarehouse.Build build;
    static Generated generated;
    static Phase3Backfill backfill;

    @BeforeAll
    static void generate() throws Exception {
        build = DemoWarehouse.build(dir, DemoWarehouse.DEFAULT_SEED);
        generated = Generated.of(DemoWarehouse.DEFAULT_SEED);
        backfill = Phase3Backfill.forSeed(DemoWarehouse.DEFAULT_SEED);
    }

    @Test
    void should_restore_the_clean_rows_of_every_outage_and_nothing_else() throws Exception {
        // GIVEN the planted outages of team_defense_game_summary, one backfill per outage
        List<Outage> outages = build.faults().teamDefense().outages();
        long before = DemoDb.count(dir, "SELECT count(*) FROM " + DEFENSE);

        // WHEN
        long restored = 0;
        for (Outage outage : outages) {
            Phase3Backfill.Result result =
                    backfill.run(
                            dir.resolve(DemoWarehouse.DATABASE_FILE),
                            DEFENSE,
                            outage.from(),
                            outage.to());
            assertThat(result.replaced()).isZero();
            restored += result.rows();
        }

        // THEN the table holds every clean row, once
        assertThat(DemoDb.count(dir, "SELECT count(*) FROM " + DEFENSE))
                .isEqualTo(before + restored)
                .isEqualTo(generated.clean().teamDefense().size());
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM (SELECT game_id, defending_team_abbr FROM "
                                        + DEFENSE
                                        + " GROUP BY ALL HAVING count(*) > 1)"))
                .isZero();
    }

    @Test
    void should_change_nothing_when_a_range_runs_again() throws Exception {
        Path warehouse = dir.resolve(DemoWarehouse.DATABASE_FILE);
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 1, 31);
        backfill.run(warehouse, DEFENSE, from, to);
        List<String> first = DemoDb.fingerprint(dir);

        Phase3Backfill.Result again = backfill.run(warehouse, DEFENSE, from, to);

        assertThat(again.replaced()).isEqualTo(again.rows()).isPositive();
        assertThat(DemoDb.fingerprint(dir)).isEqualTo(first);
    }

    @Test
    void should_refuse_a_table_without_planted_gaps() {
        assertThatThrownBy(
                        () ->
                                backfill.run(
                                        dir.resolve(DemoWarehouse.DATABASE_FILE),
                                        "nba_analytics.player_game_summary",
                                        LocalDate.of(2024, 1, 1),
                                        LocalDate.of(2024, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 'nba_analytics.player_game_summary'");
    }
}
