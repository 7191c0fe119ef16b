package dev.preflight.demo;

import dev.preflight.demo.ExpectedDates.ExpectedDate;
import dev.preflight.demo.FactTables.PlayerGame;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Phase 4 must hold after the night, worked out in plain Java from the generator's rows and
 * the option's backfills, never from the processors or their SQL: a Phase 4 table has a row on an
 * expected date (a game date in the window, not a bootstrap day) exactly when every Phase 3 input
 * it is built from has rows on that date.
 *
 * @param tables the five Phase 4 tables in the seed's order
 * @param featureRows player-game rows of the feature store
 * @param featureRowsWithContext of those, rows whose date has both context rows (the others use
 *     synthetic context)
 */
public record Phase4GroundTruth(
        NightOption option,
        int expectedDates,
        List<TableDates> tables,
        long featureRows,
        long featureRowsWithContext) {

    /**
     * @param dates expected dates the table must have rows on, ascending
     * @param missingDates expected dates it must not have rows on, ascending
     */
    public record TableDates(String table, List<LocalDate> dates, List<LocalDate> missingDates) {
        public TableDates {
            dates = List.copyOf(dates);
            missingDates = List.copyOf(missingDates);
        }
    }

    public Phase4GroundTruth {
        tables = List.copyOf(tables);
    }

    /** {@return the table's dates, by schema-qualified name} */
    public TableDates table(String table) {
        return tables.stream()
                .filter(t -> t.table().equals(table))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no Phase 4 table " + table));
    }

    /** {@return the feature store's rows that use real context, in percent (one decimal)} */
    public double contextPercent() {
        return GroundTruthQueries.percent(featureRowsWithContext, featureRows, 1);
    }

    public static Phase4GroundTruth of(long seed, NightOption option) throws IOException {
        Generated generated = Generated.of(seed);
        FactTables faulty = generated.faults().tables();
        FactTables clean = generated.clean();
        List<String> backfilled = option.backfilled();
        SortedSet<LocalDate> expected =
                ExpectedDates.of(
                                generated.schedule(),
                                SeasonCalendar.WINDOW_START,
                                SeasonCalendar.WINDOW_END)
                        .stream()
                        .map(ExpectedDate::date)
                        .collect(Collectors.toCollection(TreeSet::new));

        Set<LocalDate> players = dates(faulty.playerGames(), PlayerGame::gameDate);
        Set<LocalDate> offense = dates(faulty.teamOffense(), FactTables.TeamOffense::gameDate);
        Set<LocalDate> defense =
                dates(
                        (backfilled.contains(Phase3Backfill.TABLES.get(0)) ? clean : faulty)
                                .teamDefense(),
                        FactTables.TeamDefense::gameDate);
        Set<String> playerContext =
                (backfilled.contains(Phase3Backfill.TABLES.get(1)) ? clean : faulty)
                        .upcomingPlayers().stream()
                                .map(r -> r.gameDate() + "/" + r.playerLookup())
                                .collect(Collectors.toSet());
        Set<String> teamContext =
                (backfilled.contains(Phase3Backfill.TABLES.get(2)) ? clean : faulty)
                        .upcomingTeams().stream()
                                .map(r -> r.gameDate() + "/" + r.teamAbbr())
                                .collect(Collectors.toSet());

        SortedSet<LocalDate> defenseZones = within(expected, defense, offense);
        SortedSet<LocalDate> shotZones = within(expected, players);
        SortedSet<LocalDate> factors = within(expected, players, defense, offense);
        SortedSet<LocalDate> cache = within(expected, players);
        SortedSet<LocalDate> features = within(factors, cache);

        // One feature row per player line (production deduplicates on game and player).
        Set<String> seen = new HashSet<>();
        long rows = 0;
        long withContext = 0;
        for (PlayerGame line : faulty.playerGames()) {
            if (!features.contains(line.gameDate())
                    || !seen.add(line.gameId() + "/" + line.playerLookup())) {
                continue;
            }
            rows++;
            if (playerContext.contains(line.gameDate() + "/" + line.playerLookup())
                    && teamContext.contains(line.gameDate() + "/" + line.teamAbbr())) {
                withContext++;
            }
        }
        return new Phase4GroundTruth(
                option,
                expected.size(),
                List.of(
                        table("nba_precompute.team_defense_zone_analysis", expected, defenseZones),
                        table("nba_precompute.player_shot_zone_analysis", expected, shotZones),
                        table("nba_precompute.player_composite_factors", expected, factors),
                        table("nba_precompute.player_daily_cache", expected, cache),
                        table("nba_predictions.ml_feature_store_v2", expected, features)),
                rows,
                withContext);
    }

    private static TableDates table(
            String table, SortedSet<LocalDate> expected, SortedSet<LocalDate> dates) {
        return new TableDates(
                table,
                List.copyOf(dates),
                expected.stream().filter(d -> !dates.contains(d)).toList());
    }

    @SafeVarargs
    private static SortedSet<LocalDate> within(
            Set<LocalDate> expected, Collection<LocalDate>... inputs) {
        SortedSet<LocalDate> dates = new TreeSet<>(expected);
        for (Collection<LocalDate> input : inputs) {
            dates.retainAll(input);
        }
        return dates;
    }

    private static <T> Set<LocalDate> dates(List<T> rows, Function<T, LocalDate> date) {
        return rows.stream().map(date).collect(Collectors.toSet());
    }
}
