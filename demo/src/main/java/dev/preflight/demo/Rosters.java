package dev.preflight.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fifteen-man rosters per team and season. Players keep their {@code player_lookup} for their whole
 * career; every off-season each team loses four players to free agency, rookies join the pool and
 * teams sign from it, so some players change teams the way real ones do.
 */
final class Rosters {
    static final int ROSTER_SIZE = 15;
    static final int FIRST_SEASON = 2021;
    static final int LAST_SEASON = 2025;
    private static final int DEPARTURES_PER_TEAM = 4;
    private static final int ROOKIES_PER_TEAM = 2;

    enum Position {
        GUARD,
        FORWARD,
        CENTER
    }

    /** A player's identity and lasting traits; quality in [0, 1] decides his role. */
    record Player(String lookup, Position position, double quality) {
        Player aged(Random rng) {
            return new Player(
                    lookup, position, Draws.clamp(quality + rng.nextGaussian() * 0.05, 0, 1));
        }
    }

    /**
     * A player's role on one team for one season: slot 0 is the best player, 14 the last man. Rates
     * are per minute; shot mix says what share of attempts are threes and, of the twos, in the
     * paint.
     */
    record Spot(
            Player player,
            String team,
            int slot,
            double minutes,
            double usage,
            double reboundsPerMinute,
            double assistsPerMinute,
            double threeShare,
            double paintShare) {
        String lookup() {
            return player.lookup();
        }
    }

    /**
     * A team's season: its roster by slot, its pace (possessions per 48) and a strength in [0, 1].
     */
    record TeamSeason(List<Spot> roster, double pace, double strength) {}

    /** Typical minutes by roster slot; a game's minutes are rescaled to 240 over who is active. */
    private static final double[] SLOT_MINUTES = {
        35, 33, 31, 30, 28, 24, 20, 17, 14, 10, 7, 5, 3, 2, 2
    };

    private final Map<Integer, Map<String, TeamSeason>> bySeason;

    private Rosters(Map<Integer, Map<String, TeamSeason>> bySeason) {
        this.bySeason = bySeason;
    }

    TeamSeason team(int seasonYear, String team) {
        TeamSeason teamSeason = bySeason.getOrDefault(seasonYear, Map.of()).get(team);
        if (teamSeason == null) {
            throw new IllegalArgumentException("no roster for " + team + " in " + seasonYear);
        }
        return teamSeason;
    }

    static Rosters build(long seed) {
        Random rng = Seeds.stream(seed, "rosters");
        Names names = new Names(rng);
        Map<String, List<Player>> players = new LinkedHashMap<>();
        for (String team : Teams.ALL) {
            List<Player> roster = new ArrayList<>();
            for (int i = 0; i < ROSTER_SIZE; i++) {
                roster.add(names.newPlayer());
            }
            players.put(team, roster);
        }
        Map<Integer, Map<String, TeamSeason>> bySeason = new LinkedHashMap<>();
        for (int season = FIRST_SEASON; season <= LAST_SEASON; season++) {
            if (season > FIRST_SEASON) {
                offSeason(players, names, rng);
            }
            Map<String, TeamSeason> teams = new LinkedHashMap<>();
            players.forEach((team, roster) -> teams.put(team, teamSeason(team, roster, rng)));
            bySeason.put(season, teams);
        }
        return new Rosters(bySeason);
    }

    private static void offSeason(Map<String, List<Player>> players, Names names, Random rng) {
        List<Player> pool = new ArrayList<>();
        for (List<Player> roster : players.values()) {
            for (int i = 0; i < DEPARTURES_PER_TEAM; i++) {
                pool.add(roster.remove(rng.nextInt(roster.size())));
            }
            roster.replaceAll(p -> p.aged(rng));
        }
        for (int i = 0; i < ROOKIES_PER_TEAM * players.size(); i++) {
            pool.add(names.newPlayer());
        }
        java.util.Collections.shuffle(pool, rng);
        for (List<Player> roster : players.values()) {
            while (roster.size() < ROSTER_SIZE) {
                roster.add(pool.remove(pool.size() - 1).aged(rng));
            }
        }
    }

    private static TeamSeason teamSeason(String team, List<Player> roster, Random rng) {
        List<Spot> spots = spots(team, roster, rng);
        // Strength is the rotation's quality: the eight players who take most minutes.
        double strength =
                spots.stream()
                        .limit(8)
                        .mapToDouble(s -> s.player().quality())
                        .average()
                        .orElse(0.5);
        return new TeamSeason(spots, Draws.normal(rng, 99.0, 2.0, 94, 105), strength);
    }

    private static List<Spot> spots(String team, List<Player> roster, Random rng) {
        List<Player> ordered = new ArrayList<>(roster);
        ordered.sort(
                Comparator.comparingDouble(Player::quality)
                        .reversed()
                        .thenComparing(Player::lookup));
        List<Spot> spots = new ArrayList<>();
        for (int slot = 0; slot < ordered.size(); slot++) {
            Player p = ordered.get(slot);
            double usage = Draws.normal(rng, 12 + 20 * p.quality(), 2.0, 8, 36);
            spots.add(
                    switch (p.position()) {
                        case GUARD ->
                                new Spot(
                                        p,
                                        team,
                                        slot,
                                        SLOT_MINUTES[slot],
                                        usage,
                                        0.12,
                                        0.19,
                                        0.45,
                                        0.45);
                        case FORWARD ->
                                new Spot(
                                        p,
                                        team,
                                        slot,
                                        SLOT_MINUTES[slot],
                                        usage,
                                        0.20,
                                        0.09,
                                        0.36,
                                        0.55);
                        case CENTER ->
                                new Spot(
                                        p,
                                        team,
                                        slot,
                                        SLOT_MINUTES[slot],
                                        usage,
                                        0.30,
                                        0.07,
                                        0.12,
                                        0.85);
                    });
        }
        return List.copyOf(spots);
    }

    /** Unique lowercase lookups in the production style (first and last name run together). */
    private static final class Names {
        private static final List<String> FIRST =
                List.of(
                        "aaron",
                        "adrian",
                        "alex",
                        "andre",
                        "anthony",
                        "austin",
                        "ben",
                        "brandon",
                        "bruce",
                        "caleb",
                        "cam",
                        "chris",
                        "cole",
                        "collin",
                        "corey",
                        "dalen",
                        "damian",
                        "daniel",
                        "darius",
                        "david",
                        "dean",
                        "derrick",
                        "devin",
                        "dillon",
                        "dominic",
                        "donovan",
                        "dwight",
                        "eric",
                        "evan",
                        "gary",
                        "grant",
                        "isaiah",
                        "jabari",
                        "jack",
                        "jalen",
                        "jamal",
                        "james",
                        "jaren",
                        "jason",
                        "jaylen",
                        "jeff",
                        "jerome",
                        "john",
                        "jordan",
                        "josh",
                        "julius",
                        "justin",
                        "keegan",
                        "kelly",
                        "kevin",
                        "kyle",
                        "lamar",
                        "luke",
                        "malik",
                        "marcus",
                        "mark",
                        "marvin",
                        "matt",
                        "miles",
                        "mitchell",
                        "nick",
                        "noah",
                        "obi",
                        "omar",
                        "paul",
                        "quentin",
                        "reggie",
                        "ricky",
                        "russell",
                        "ryan",
                        "scott",
                        "seth",
                        "shane",
                        "terry",
                        "tony",
                        "trey",
                        "tyler",
                        "victor",
                        "walker",
                        "zach");
        private static final List<String> LAST =
                List.of(
                        "adams",
                        "allen",
                        "anderson",
                        "bailey",
                        "baker",
                        "banks",
                        "barnes",
                        "bell",
                        "bennett",
                        "brooks",
                        "brown",
                        "bryant",
                        "butler",
                        "campbell",
                        "carter",
                        "clark",
                        "coleman",
                        "collins",
                        "cook",
                        "cooper",
                        "cox",
                        "davis",
                        "dixon",
                        "edwards",
                        "ellis",
                        "evans",
                        "fisher",
                        "fleming",
                        "ford",
                        "foster",
                        "gibson",
                        "gordon",
                        "graham",
                        "grant",
                        "gray",
                        "green",
                        "griffin",
                        "hall",
                        "harper",
                        "harris",
                        "hayes",
                        "henderson",
                        "hill",
                        "holmes",
                        "howard",
                        "hughes",
                        "jackson",
                        "james",
                        "jenkins",
                        "johnson",
                        "jones",
                        "jordan",
                        "kelly",
                        "king",
                        "knight",
                        "lane",
                        "lewis",
                        "long",
                        "lowe",
                        "marshall",
                        "martin",
                        "mason",
                        "mcdaniel",
                        "miller",
                        "mitchell",
                        "moore",
                        "morgan",
                        "morris",
                        "murray",
                        "nelson",
                        "owens",
                        "parker",
                        "patterson",
                        "perry",
                        "porter",
                        "powell",
                        "price",
                        "reed",
                        "reynolds",
                        "richardson",
                        "roberts",
                        "robinson",
                        "ross",
                        "russell",
                        "sanders",
                        "scott",
                        "simmons",
                        "smith",
                        "stewart",
                        "sullivan",
                        "taylor",
                        "thomas",
                        "thompson",
                        "turner",
                        "walker",
                        "wallace",
                        "ward",
                        "washington",
                        "watson",
                        "white",
                        "williams",
                        "wilson",
                        "wood",
                        "wright",
                        "young");

        private final Random rng;
        private final Set<String> used = new HashSet<>();

        Names(Random rng) {
            this.rng = rng;
        }

        Player newPlayer() {
            String lookup;
            do {
                lookup = Draws.pick(rng, FIRST) + Draws.pick(rng, LAST);
            } while (!used.add(lookup));
            double roll = rng.nextDouble();
            Position position =
                    roll < 0.4 ? Position.GUARD : roll < 0.8 ? Position.FORWARD : Position.CENTER;
            // Skewed low: a few stars, many role players.
            return new Player(lookup, position, Math.pow(rng.nextDouble(), 1.6));
        }
    }
}
