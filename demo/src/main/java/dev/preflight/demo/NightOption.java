package dev.preflight.demo;

import java.util.List;

/**
 * Which Phase 3 tables the night backfills before Phase 4, as the seed's execution plan names its
 * options.
 */
public enum NightOption {
    /** Nothing backfilled: Phase 4 run on the incident's Phase 3 (the seed's Option C, forced). */
    NONE(List.of()),
    /** The seed's recommendation: only the blocking table; the context tables stay synthetic. */
    A(List.of("nba_analytics.team_defense_game_summary")),
    /** All three incomplete tables. */
    B(Phase3Backfill.TABLES);

    private final List<String> backfilled;

    NightOption(List<String> backfilled) {
        this.backfilled = List.copyOf(backfilled);
    }

    /** {@return the Phase 3 tables backfilled under this option} */
    public List<String> backfilled() {
        return backfilled;
    }
}
