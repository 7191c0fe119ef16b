package dev.preflight.checks.nba;

import dev.preflight.testing.Days;
import dev.preflight.testing.DuckDbFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small warehouse shaped like the NBA pipeline's: {@code nba_raw.nbac_schedule} and the five Phase 3 tables that
 * {@code preflight/nba/phase3_for_phase4.yaml} checks, over two short seasons, with gaps the caller plants.
 *
 * <pre>
 * season 2023: preseason 2023-10-10 and 2023-10-12, then games daily 2023-10-24 .. 2023-12-02 (40 dates)
 * season 2024: games daily 2024-10-22 .. 2024-11-30 (40 dates)
 * </pre>
 * With the suite's 14 bootstrap days, the window 2023-10-24..2024-11-30 holds 52 expected dates and 28 bootstrap
 * dates; preseason games are left out by the calendar's {@code is_regular_season OR is_playoffs}.
 */
public final class NbaWarehouse {

    public static final String START = "2023-10-24";
    public static final String END = "2024-11-30";

    static final List<LocalDate> PRESEASON_2023 = Days.of("2023-10-10", "2023-10-12");
    static final List<LocalDate> SEASON_2023 = Days.between("2023-10-24", "2023-12-02");
    static final List<LocalDate> SEASON_2024 = Days.between("2024-10-22", "2024-11-30");
    static final List<LocalDate> BOOTSTRAP = Stream.concat(Days.between("2023-10-24", "2023-11-06").stream(),
            Days.between("2024-10-22", "2024-11-04").stream()).toList();

    /** The context tables start after each season's bootstrap, as production's do, and lag behind later. */
    static final List<LocalDate> UPCOMING_PLAYER_GAPS = Days.between("2023-11-20", "2023-11-29");
    static final List<LocalDate> UPCOMING_TEAM_GAPS = Days.between("2024-11-25", "2024-11-30");

    /** Gaps in warn-severity tables only: the suite passes, with two warnings. */
    public static final Map<String, List<LocalDate>> CONTEXT_GAPS = Map.of(
            "upcoming_player_game_context", concat(BOOTSTRAP, UPCOMING_PLAYER_GAPS),
            "upcoming_team_game_context", concat(BOOTSTRAP, UPCOMING_TEAM_GAPS));

    static final List<LocalDate> TEAM_DEFENSE_GAPS = Days.of("2023-11-15", "2023-11-16", "2023-11-17", "2024-11-20");
    static final List<LocalDate> PLAYER_GAME_GAPS = Days.of("2024-11-05");

    private NbaWarehouse() {
    }

    /** Writes the warehouse to {@code file}; {@code gaps} are the game dates each table (by its own name) lacks. */
    public static Path write(Path file, Map<String, List<LocalDate>> gaps) {
        List<LocalDate> gameDays = concat(SEASON_2023, SEASON_2024);
        try (DuckDbFixture db = DuckDbFixture.create(file)) {
            DuckDbFixture.Table schedule = db.table("nba_raw.nbac_schedule", "game_id VARCHAR", "game_date DATE", "season_year INTEGER",
                    "is_regular_season BOOLEAN", "is_playoffs BOOLEAN", "is_all_star BOOLEAN");
            for (LocalDate day : PRESEASON_2023) {
                schedule.row("00123" + day.getDayOfYear(), day, 2023, false, false, false);
            }
            for (LocalDate day : gameDays) {
                schedule.row("00223" + day.getDayOfYear(), day, day.getYear() == 2023 ? 2023 : 2024, true, false, false);
            }
            // Two rows a date with distinct keys: coverage counts dates, not rows, and there are no duplicates.
            // Every feature the suite's completeness rules read is set, so only the planted gaps show.
            table(db, "player_game_summary", gameDays, gaps, "game_id VARCHAR, player_lookup VARCHAR, usage_rate DOUBLE, minutes_played DOUBLE, "
                            + "points INTEGER, fg_attempts INTEGER, rebounds INTEGER, assists INTEGER, three_pt_attempts INTEGER, paint_attempts INTEGER",
                    day -> List.of(List.of("G" + day, "lebronjames", 0.31, 35.5, 27, 20, 8, 7, 6, 9),
                            List.of("G" + day, "anthonydavis", 0.27, 33.0, 24, 18, 11, 3, 2, 12)));
            table(db, "team_offense_game_summary", gameDays, gaps, "game_id VARCHAR, team_abbr VARCHAR",
                    day -> List.of(List.of("G" + day, "LAL"), List.of("G" + day, "BOS")));
            table(db, "team_defense_game_summary", gameDays, gaps, "game_id VARCHAR, defending_team_abbr VARCHAR",
                    day -> List.of(List.of("G" + day, "LAL"), List.of("G" + day, "BOS")));
            table(db, "upcoming_player_game_context", gameDays, gaps, "player_lookup VARCHAR, team_abbr VARCHAR",
                    day -> List.of(List.of("lebronjames", "LAL"), List.of("jaysontatum", "BOS")));
            table(db, "upcoming_team_game_context", gameDays, gaps, "team_abbr VARCHAR, opponent_team_abbr VARCHAR",
                    day -> List.of(List.of("LAL", "BOS"), List.of("BOS", "LAL")));
        }
        return file;
    }

    /** Creates {@code nba_analytics.NAME} and fills every game day but the table's gaps with {@code rows} of that day. */
    private static void table(DuckDbFixture db, String name, List<LocalDate> gameDays, Map<String, List<LocalDate>> gaps,
                              String columns, Function<LocalDate, List<List<Object>>> rows) {
        DuckDbFixture.Table table = db.table("nba_analytics." + name, ("game_date DATE, " + columns).split(", "));
        for (LocalDate day : Days.except(gameDays, gaps.getOrDefault(name, List.of()))) {
            for (List<Object> row : rows.apply(day)) {
                List<Object> values = new ArrayList<>(List.of(day));
                values.addAll(row);
                table.row(values.toArray());
            }
        }
    }

    static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
