package dev.preflight.checks.bigquery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production BigQuery schemas of the tables the NBA suites read, in project {@value #PROJECT}: the ZetaSQL
 * catalog, the DuckDB fixture and the stub's tables.get are all built from this one list.
 */
final class NbaSchemas {

    static final String PROJECT = "nba-props-platform";

    /** A column and its GoogleSQL type: STRING, DATE, INT64, FLOAT64 or BOOL. */
    record Column(String name, String type) {
    }

    /** A table: {@code dataset.table} and its columns in order. */
    record Table(String name, List<Column> columns) {
        String dataset() {
            return name.substring(0, name.indexOf('.'));
        }

        String table() {
            return name.substring(name.indexOf('.') + 1);
        }
    }

    static final List<Table> TABLES = List.of(
            table("nba_raw.nbac_schedule", "game_id STRING", "game_date DATE", "season_year INT64", "game_status INT64",
                    "is_regular_season BOOL", "is_playoffs BOOL", "is_all_star BOOL", "home_team_tricode STRING", "away_team_tricode STRING"),
            table("nba_analytics.player_game_summary", "game_id STRING", "player_lookup STRING", "team_abbr STRING", "game_date DATE",
                    "minutes_played FLOAT64", "usage_rate FLOAT64", "points INT64", "rebounds INT64", "assists INT64",
                    "fg_attempts INT64", "three_pt_attempts INT64", "paint_attempts INT64"),
            table("nba_analytics.team_offense_game_summary", "game_id STRING", "team_abbr STRING", "game_date DATE", "pace FLOAT64",
                    "offensive_rating FLOAT64", "points_scored INT64"),
            table("nba_analytics.team_defense_game_summary", "game_id STRING", "defending_team_abbr STRING", "opponent_team_abbr STRING",
                    "game_date DATE", "defensive_rating FLOAT64", "opponent_fg_pct FLOAT64", "turnovers_forced INT64"),
            table("nba_analytics.upcoming_player_game_context", "game_date DATE", "player_lookup STRING", "team_abbr STRING",
                    "game_id STRING", "has_prop_line BOOL", "points_line FLOAT64", "days_rest INT64"),
            table("nba_analytics.upcoming_team_game_context", "game_date DATE", "team_abbr STRING", "game_id STRING",
                    "game_spread FLOAT64", "game_total FLOAT64"),
            // Phase 4 and the feature store (phase4_postflight.yaml, ml_training_readiness.yaml).
            table("nba_precompute.team_defense_zone_analysis", "analysis_date DATE", "team_abbr STRING", "paint_pct_allowed FLOAT64",
                    "mid_range_pct_allowed FLOAT64", "three_pt_pct_allowed FLOAT64"),
            table("nba_precompute.player_shot_zone_analysis", "analysis_date DATE", "player_lookup STRING", "paint_rate_last_10 FLOAT64",
                    "mid_range_rate_last_10 FLOAT64", "three_pt_rate_last_10 FLOAT64"),
            table("nba_precompute.player_composite_factors", "game_date DATE", "player_lookup STRING", "fatigue_score FLOAT64",
                    "shot_zone_mismatch_score FLOAT64", "pace_score FLOAT64", "usage_spike_score FLOAT64"),
            table("nba_precompute.player_daily_cache", "cache_date DATE", "player_lookup STRING", "points_avg_last_10 FLOAT64",
                    "minutes_avg_last_10 FLOAT64"),
            table("nba_predictions.ml_feature_store_v2", "game_date DATE", "player_lookup STRING", "feature_count INT64",
                    "feature_names ARRAY<STRING>", "features ARRAY<FLOAT64>", "context_source STRING"));

    private NbaSchemas() {
    }

    static Table table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schema for " + name));
    }

    static Map<String, String> columns(String name) {
        Map<String, String> columns = new LinkedHashMap<>();
        table(name).columns().forEach(c -> columns.put(c.name(), c.type()));
        return columns;
    }

    private static Table table(String name, String... columns) {
        return new Table(name, java.util.Arrays.stream(columns).map(c -> {
            String[] parts = c.split(" ");
            return new Column(parts[0], parts[1]);
        }).toList());
    }
}
