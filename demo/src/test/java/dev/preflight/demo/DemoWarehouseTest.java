package dev.preflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.preflight.demo.GroundTruth.Season;
import dev.preflight.demo.GroundTruth.TableCoverage;
import dev.preflight.demo.OutagePlanner.Kind;
import dev.preflight.demo.OutagePlanner.Outage;
import dev.preflight.demo.OutagePlanner.Plan;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One warehouse built with the default seed, checked against the brief and against itself. */
class DemoWarehouseTest {
    static final String PGS = "nba_analytics.player_game_summary";
    static final String OFFENSE = "nba_analytics.team_offense_game_summary";
    static final String DEFENSE = "nba_analytics.team_defense_game_summary";
    static final String UPCOMING_PLAYER = "nba_analytics.upcoming_player_game_context";
    static final String UPCOMING_TEAM = "nba_analytics.upcoming_team_game_context";

    @TempDir static Path dir;
    static DemoWarehouse.Build build;
    static GroundTruth truth;

    @BeforeAll
    static void generate() throws Exception {
        build = DemoWarehouse.build(dir, DemoWarehouse.DEFAULT_SEED);
        truth = build.truth();
    }

    @Test
    void coverageReproducesTheProductionPreflightPicture() {
        assertThat(truth.coverage(PGS).coveragePercent()).isEqualTo(100.0);
        assertThat(truth.coverage(OFFENSE).coveragePercent()).isEqualTo(100.0);
        assertThat(truth.coverage(DEFENSE).coveragePercent()).isCloseTo(91.5, within(0.5));
        assertThat(truth.coverage(UPCOMING_PLAYER).coveragePercent()).isCloseTo(52.6, within(0.5));
        assertThat(truth.coverage(UPCOMING_TEAM).coveragePercent()).isCloseTo(58.5, within(0.5));
        // The production log's counts: 776/848, 446/848, 496/848.
        assertThat(truth.tables())
                .extracting(TableCoverage::coveredDates)
                .containsExactly(848, 848, 776, 446, 496);
    }

    @Test
    void expectedDatesFollowTheGateDefinition() throws Exception {
        assertThat(truth.windowStart()).isEqualTo(LocalDate.of(2021, 10, 19));
        assertThat(truth.windowEnd()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(truth.expectedDates()).isEqualTo(848);
        assertThat(truth.bootstrapDates()).isEqualTo(70);
        Map<Integer, Season> seasons =
                truth.seasons().stream().collect(Collectors.toMap(Season::seasonYear, s -> s));
        assertThat(seasons).containsOnlyKeys(2021, 2022, 2023, 2024, 2025);
        // Dates file per season (215, 214, 209, 215) minus the two All-Star days; 2025-26 to Jan 3.
        assertThat(seasons.get(2021).gameDates()).isEqualTo(213);
        assertThat(seasons.get(2022).gameDates()).isEqualTo(212);
        assertThat(seasons.get(2023).gameDates()).isEqualTo(207);
        assertThat(seasons.get(2024).gameDates()).isEqualTo(213);
        assertThat(seasons.get(2025).gameDates()).isEqualTo(73);
        assertThat(seasons.values())
                .allSatisfy(
                        s -> {
                            assertThat(s.bootstrapDates()).isEqualTo(14);
                            assertThat(s.expectedDates()).isEqualTo(s.gameDates() - 14);
                        });
        assertThat(seasons.values().stream().map(Season::opener))
                .containsExactly(
                        LocalDate.of(2021, 10, 19),
                        LocalDate.of(2022, 10, 18),
                        LocalDate.of(2023, 10, 24),
                        LocalDate.of(2024, 10, 22),
                        LocalDate.of(2025, 10, 21));
        // The README's figure, straight from the file.
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(DISTINCT game_date) FROM nba_raw.nbac_schedule "
                                        + "WHERE season_year = 2024 AND (is_regular_season OR is_playoffs)"))
                .isEqualTo(213);
        // The generator's in-memory definition agrees with the SQL one.
        assertThat(ExpectedDates.of(build.schedule(), truth.windowStart(), truth.windowEnd()))
                .hasSize(848);
    }

    @Test
    void schedule2024IsTheReferenceCsvUnchanged() throws Exception {
        List<String> csv;
        try (InputStream in = DemoWarehouse.class.getResourceAsStream("nba_schedule_2024_25.csv")) {
            assertThat(in).as("schedule CSV on the classpath").isNotNull();
            csv =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .skip(1)
                            .map(line -> line.split(",", -1))
                            .map(
                                    f ->
                                            String.join(
                                                    ",", f[0], f[1], f[2], f[3], f[5], f[6], f[7],
                                                    f[9], f[10]))
                            .toList();
        }
        List<String> db =
                DemoDb.strings(
                        dir,
                        "SELECT concat_ws(',', game_id, game_date, season_year, game_status, "
                                + "is_regular_season, is_playoffs, is_all_star, home_team_tricode, away_team_tricode) "
                                + "FROM nba_raw.nbac_schedule WHERE season_year = 2024");
        assertThat(csv).hasSize(1400);
        assertThat(db).containsExactlyInAnyOrderElementsOf(csv);
    }

    @Test
    void generatedSeasonsUseTheRealGameDates() throws Exception {
        List<String> file;
        try (InputStream in =
                DemoWarehouse.class.getResourceAsStream("nba_game_dates_2021_2025.csv")) {
            file =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList();
        }
        assertThat(file).hasSize(853);
        // The dates file holds regular-season, playoff and All-Star dates, not preseason or the Cup
        // final.
        assertThat(
                        DemoDb.strings(
                                dir,
                                "SELECT DISTINCT CAST(game_date AS VARCHAR) FROM nba_raw.nbac_schedule "
                                        + "WHERE game_date <= DATE '2025-06-22' AND (is_regular_season OR is_playoffs OR is_all_star) ORDER BY 1"))
                .containsExactlyElementsOf(file);
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(DISTINCT game_date) FROM nba_raw.nbac_schedule WHERE season_year = 2025"))
                .isEqualTo(73);
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM nba_raw.nbac_schedule WHERE game_status <> 3"))
                .isZero();
        // Complete seasons: 82 regular-season games for every one of the 30 teams.
        assertThat(
                        DemoDb.strings(
                                dir,
                                """
        SELECT DISTINCT season_year || ':' || n FROM (
          SELECT season_year, team, count(*) AS n FROM (
            SELECT season_year, home_team_tricode AS team FROM nba_raw.nbac_schedule WHERE game_id[3] = '2'
            UNION ALL
            SELECT season_year, away_team_tricode FROM nba_raw.nbac_schedule WHERE game_id[3] = '2')
          WHERE season_year < 2025 GROUP BY ALL)
        ORDER BY 1"""))
                .containsExactly("2021:82", "2022:82", "2023:82", "2024:82");
    }

    @Test
    void gameIdsFollowTheLeagueFormat() throws Exception {
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) - count(DISTINCT game_id) FROM nba_raw.nbac_schedule"))
                .isZero();
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM nba_raw.nbac_schedule "
                                        + "WHERE NOT regexp_full_match(game_id, '00[1-6]\\d{7}') "
                                        + "OR substr(game_id, 4, 2) <> lpad(CAST(season_year % 100 AS VARCHAR), 2, '0')"))
                .isZero();
        // The type digit agrees with the flags: 2 regular only, 4/5 playoffs, 3 All-Star.
        assertThat(
                        DemoDb.strings(
                                dir,
                                "SELECT DISTINCT game_id[3] || is_regular_season || is_playoffs || is_all_star "
                                        + "FROM nba_raw.nbac_schedule ORDER BY 1"))
                .containsExactly(
                        "1falsefalsefalse",
                        "2truefalsefalse",
                        "3falsefalsetrue",
                        "4truetruefalse",
                        "5truetruefalse",
                        "6falsefalsefalse");
    }

    @Test
    void tablesHaveExactlyTheProductionColumns() throws Exception {
        assertThat(
                        DemoDb.strings(
                                dir,
                                """
        SELECT table_schema || '.' || table_name || '(' ||
               string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) || ')'
        FROM information_schema.columns WHERE table_schema IN ('nba_raw', 'nba_analytics')
        GROUP BY table_schema, table_name ORDER BY 1"""))
                .containsExactly(
                        "nba_analytics.player_game_summary(game_id VARCHAR, player_lookup VARCHAR, team_abbr VARCHAR, "
                                + "game_date DATE, minutes_played DOUBLE, usage_rate DOUBLE, points INTEGER, rebounds INTEGER, "
                                + "assists INTEGER, fg_attempts INTEGER, three_pt_attempts INTEGER, paint_attempts INTEGER)",
                        "nba_analytics.team_defense_game_summary(game_id VARCHAR, defending_team_abbr VARCHAR, "
                                + "opponent_team_abbr VARCHAR, game_date DATE, defensive_rating DOUBLE, opponent_fg_pct DOUBLE, "
                                + "turnovers_forced INTEGER)",
                        "nba_analytics.team_offense_game_summary(game_id VARCHAR, team_abbr VARCHAR, game_date DATE, "
                                + "pace DOUBLE, offensive_rating DOUBLE, points_scored INTEGER)",
                        "nba_analytics.upcoming_player_game_context(game_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, "
                                + "game_id VARCHAR, has_prop_line BOOLEAN, points_line DOUBLE, days_rest INTEGER)",
                        "nba_analytics.upcoming_team_game_context(game_date DATE, team_abbr VARCHAR, game_id VARCHAR, "
                                + "game_spread DOUBLE, game_total DOUBLE)",
                        "nba_raw.nbac_schedule(game_id VARCHAR, game_date DATE, season_year INTEGER, game_status INTEGER, "
                                + "is_regular_season BOOLEAN, is_playoffs BOOLEAN, is_all_star BOOLEAN, home_team_tricode VARCHAR, "
                                + "away_team_tricode VARCHAR)");
    }

    @Test
    void missingDatesHaveNoRowsAtAllAndMatchThePlan() throws Exception {
        for (TableCoverage table : truth.tables()) {
            assertThat(table.expectedDates()).isEqualTo(848);
            assertThat(table.coveredDates()).isEqualTo(848 - table.missingDates().size());
            assertThat(table.missingDates()).isSorted().doesNotHaveDuplicates();
            assertThat(table.rows())
                    .isEqualTo(DemoDb.count(dir, "SELECT count(*) FROM " + table.table()));
            if (!table.missingDates().isEmpty()) {
                String dates =
                        table.missingDates().stream()
                                .map(d -> "DATE '" + d + "'")
                                .collect(Collectors.joining(", "));
                assertThat(
                                DemoDb.count(
                                        dir,
                                        "SELECT count(*) FROM "
                                                + table.table()
                                                + " WHERE game_date IN ("
                                                + dates
                                                + ")"))
                        .as("rows of %s on its missing dates", table.table())
                        .isZero();
            }
        }
        assertThat(truth.coverage(DEFENSE).missingDates())
                .containsExactlyElementsOf(build.faults().teamDefense().missing());
        assertThat(truth.coverage(UPCOMING_PLAYER).missingDates())
                .containsExactlyElementsOf(build.faults().upcomingPlayer().missing());
        assertThat(truth.coverage(UPCOMING_TEAM).missingDates())
                .containsExactlyElementsOf(build.faults().upcomingTeam().missing());
    }

    @Test
    void gapsLookLikePipelineOutagesNotRandomDays() {
        Plan defense = build.faults().teamDefense();
        assertThat(defense.outages()).extracting(Outage::kind).containsOnlyOnce(Kind.PLAYOFFS);
        // A whole postseason: every expected playoff date of that season is missing.
        Outage playoffs =
                defense.outages().stream()
                        .filter(o -> o.kind() == Kind.PLAYOFFS)
                        .findFirst()
                        .orElseThrow();
        List<LocalDate> postseason =
                ExpectedDates.of(build.schedule(), truth.windowStart(), truth.windowEnd()).stream()
                        .filter(e -> e.postseason() && playoffs.covers(e.date()))
                        .map(ExpectedDates.ExpectedDate::date)
                        .toList();
        assertThat(postseason).hasSizeGreaterThan(40);
        assertThat(defense.missing()).containsAll(postseason);

        for (Plan plan :
                List.of(defense, build.faults().upcomingPlayer(), build.faults().upcomingTeam())) {
            long singleDays = plan.outages().stream().filter(o -> o.kind() == Kind.DAY).count();
            assertThat(singleDays).as("single-day outages").isLessThanOrEqualTo(6);
        }
        assertThat(build.faults().upcomingTeam().outages())
                .extracting(Outage::kind)
                .contains(Kind.MONTH);
        // The context processors failed together; the player one also had outages of its own.
        assertThat(build.faults().upcomingPlayer().missing())
                .containsAll(build.faults().upcomingTeam().missing());
    }

    @Test
    void usageRateIsNullInAboutOneLineInTen() throws Exception {
        long rows = DemoDb.count(dir, "SELECT count(*) FROM " + PGS);
        long nonNull = DemoDb.count(dir, "SELECT count(usage_rate) FROM " + PGS);
        assertThat(100.0 * nonNull / rows).isCloseTo(89.6, within(0.5));
        assertThat(truth.playerGameSummary().totalRows()).isEqualTo(rows);
        assertThat(truth.playerGameSummary().usageRateNulls()).isEqualTo(rows - nonNull);
        assertThat(truth.playerGameSummary().usageRateNonNullPercent())
                .isCloseTo(89.6, within(0.5));
        // Steady outside the drift week: no week of the regular season reaches a fifth NULL but the drift's.
        assertThat(
                        DemoDb.strings(
                                dir,
                                "SELECT CAST(CAST(w AS DATE) AS VARCHAR) FROM (SELECT date_trunc('week', game_date) AS w FROM "
                                        + PGS
                                        + " GROUP BY w HAVING count(*) > 300 AND count(usage_rate) < 0.8 * count(*)) ORDER BY w"))
                .containsExactly(truth.anomalies().usageRateDrift().get(0).date().toString());
    }

    @Test
    void theDriftWeekHasThreeTimesTheUsualUsageRateNulls() {
        List<GroundTruth.PlantedDate> drift = truth.anomalies().usageRateDrift();
        assertThat(drift).hasSizeBetween(5, 7);
        assertThat(drift.get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(drift).allSatisfy(d -> assertThat(d.value()).isCloseTo(30.0, within(1.0)));
        assertThat(drift).extracting(GroundTruth.PlantedDate::date).containsExactlyElementsOf(build.faults().anomalies().drift());
    }

    @Test
    void halfScrapedDatesHaveAboutSixtyPercentOfTheirPlayerLines() throws Exception {
        List<GroundTruth.PlantedDate> half = truth.anomalies().halfScraped();
        assertThat(half).hasSize(AnomalyPlanter.HALF_SCRAPED_DATES)
                .extracting(GroundTruth.PlantedDate::date).containsExactlyElementsOf(build.faults().anomalies().halfScraped());
        // About 26 lines a game (two teams of about 13) elsewhere; about 60% of that on the planted dates, which
        // coverage still calls present.
        double perGame = DemoDb.count(dir, "SELECT count(*) FROM " + PGS) * 1.0
                / DemoDb.count(dir, "SELECT count(DISTINCT game_id) FROM " + PGS);
        assertThat(perGame).isCloseTo(26.0, within(1.0));
        assertThat(half).allSatisfy(d -> assertThat(d.value() / perGame).isCloseTo(0.6, within(0.1)));
        assertThat(truth.coverage(PGS).missingDates()).isEmpty();
    }

    @Test
    void duplicatePlayerLinesArePlantedAndCounted() throws Exception {
        long extra =
                DemoDb.count(
                        dir,
                        "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT game_id, player_lookup FROM "
                                + PGS
                                + ")) FROM "
                                + PGS);
        assertThat(extra).isBetween(5L, 20L);
        assertThat(truth.playerGameSummary().duplicateExtraRows()).isEqualTo(extra);
        assertThat(build.faults().duplicates()).isEqualTo((int) extra);
        // Exact copies: dropping whole-row duplicates removes exactly the extra rows.
        assertThat(DemoDb.count(dir, "SELECT count(*) FROM (SELECT DISTINCT * FROM " + PGS + ")"))
                .isEqualTo(truth.playerGameSummary().totalRows() - extra);
    }

    @Test
    void factTablesHoldRegularSeasonAndPlayoffGamesOnly() throws Exception {
        String statGames =
                "(SELECT game_id FROM nba_raw.nbac_schedule WHERE is_regular_season OR is_playoffs)";
        long games = DemoDb.count(dir, "SELECT count(*) FROM " + statGames);
        assertThat(DemoDb.count(dir, "SELECT count(DISTINCT game_id) FROM " + PGS))
                .isEqualTo(games);
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM "
                                        + PGS
                                        + " WHERE game_id NOT IN "
                                        + statGames))
                .isZero();
        assertThat(DemoDb.count(dir, "SELECT count(*) FROM " + OFFENSE)).isEqualTo(2 * games);
        // About 13 players per team per game.
        assertThat(
                        Double.parseDouble(
                                DemoDb.strings(
                                                dir,
                                                "SELECT avg(n) FROM (SELECT count(*) AS n FROM "
                                                        + PGS
                                                        + " GROUP BY game_id, team_abbr)")
                                        .get(0)))
                .isBetween(12.5, 13.5);
        // A team's points are its players' points (but on the half-scraped dates, whose lines the scraper lost),
        // and no game ends in a tie.
        String halfScraped = truth.anomalies().halfScraped().stream()
                .map(d -> "DATE '" + d.date() + "'").collect(Collectors.joining(", "));
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM "
                                        + OFFENSE
                                        + " o WHERE points_scored <> (SELECT sum(points) "
                                        + "FROM (SELECT DISTINCT * FROM "
                                        + PGS
                                        + ") p WHERE p.game_id = o.game_id AND p.team_abbr = o.team_abbr)"
                                        + " AND o.game_date NOT IN (" + halfScraped + ")"))
                .isZero();
        assertThat(
                        DemoDb.count(
                                dir,
                                "SELECT count(*) FROM (SELECT game_id FROM "
                                        + OFFENSE
                                        + " GROUP BY game_id HAVING min(points_scored) = max(points_scored))"))
                .isZero();
    }

    @Test
    void groundTruthFileHoldsTheReturnedRecord() throws Exception {
        assertThat(GroundTruth.read(dir.resolve(DemoWarehouse.GROUND_TRUTH_FILE))).isEqualTo(truth);
        assertThat(truth.seed()).isEqualTo(DemoWarehouse.DEFAULT_SEED);
    }
}
