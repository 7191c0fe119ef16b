package dev.preflight.checks.engine;

import dev.preflight.testing.Days;
import dev.preflight.testing.DuckDbFixture;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warehouse that the suites under {@code preflight/testsuites/} run against, and shortcuts for driving the
 * engine. Ten game days, 2024-10-22..2024-10-31:
 * <ul>
 *   <li>{@code nba_raw.nbac_schedule}: every day;</li>
 *   <li>{@code nba_analytics.player_game_summary}: one row a day, {@code minutes_played} NULL on the first two;</li>
 *   <li>{@code nba_analytics.team_offense_game_summary}: one row a day;</li>
 *   <li>{@code nba_analytics.upcoming_player_game_context}: no rows.</li>
 * </ul>
 */
public final class EngineWarehouse {

    static final String ENGINE = "preflight";
    static final List<LocalDate> GAME_DAYS = Days.between("2024-10-22", "2024-10-31");

    private EngineWarehouse() {
    }

    public static Path create(Path dir) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_raw.nbac_schedule", "game_date DATE", "season_year INTEGER").rowPerDate(GAME_DAYS, 2024);
            DuckDbFixture.Table players = db.table("nba_analytics.player_game_summary", "game_date DATE", "game_id VARCHAR",
                    "player_lookup VARCHAR", "minutes_played INTEGER", "usage_rate DOUBLE");
            for (int day = 0; day < GAME_DAYS.size(); day++) {
                players.row(GAME_DAYS.get(day), "00224000" + (10 + day), "lebronjames", day < 2 ? null : 34, 0.31);
            }
            db.table("nba_analytics.team_offense_game_summary", "game_date DATE", "team_abbr VARCHAR", "points INTEGER")
                    .rowPerDate(GAME_DAYS, "LAL", 112);
            db.table("nba_analytics.upcoming_player_game_context", "game_date DATE", "player_lookup VARCHAR", "usage_rate DOUBLE");
        }
        return database;
    }

    /** {@return the engine, told where the warehouse is the way Surefire or the console would tell it} */
    static EngineTestKit.Builder preflight(Path database) {
        return EngineTestKit.engine(ENGINE).configurationParameter("preflight.warehouse.path", database.toString());
    }

    /** {@return the file behind a test resource, e.g. under target/test-classes} */
    static Path resource(String name) {
        try {
            return Path.of(EngineWarehouse.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return every descriptor under {@code root}, root excluded, depth first} */
    static Stream<TestDescriptor> descendants(TestDescriptor root) {
        return root.getChildren().stream().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    /** {@return the unique ids of every descriptor under {@code root}, as strings} */
    static List<String> ids(TestDescriptor root) {
        return descendants(root).map(TestDescriptor::getUniqueId).map(UniqueId::toString).toList();
    }

    /** {@return the unique ids of the tests under {@code root}} */
    static List<UniqueId> tests(TestDescriptor root) {
        return descendants(root).filter(TestDescriptor::isTest).map(TestDescriptor::getUniqueId).toList();
    }
}
