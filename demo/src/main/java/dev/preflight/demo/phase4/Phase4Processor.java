package dev.preflight.demo.phase4;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five Phase 4 processors of the seed's night, in its order: each computes one table of {@code
 * phase4_postflight.yaml} (and the feature store of {@code ml_training_readiness.yaml}) from its
 * Phase 3 or Phase 4 inputs, with the table's columns, keys and date column as those suites check
 * them. Each one's SELECT is a classpath resource {@code NAME.sql} beside this class.
 */
public enum Phase4Processor {
    TEAM_DEFENSE_ZONE_ANALYSIS(
            "nba_precompute.team_defense_zone_analysis",
            "analysis_date",
            """
            analysis_date DATE, team_abbr VARCHAR, season_year INTEGER, games_in_sample INTEGER,
            defensive_rating_last_15 DOUBLE, opponent_fg_pct_last_15 DOUBLE, pace_last_15 DOUBLE,
            paint_pct_allowed DOUBLE, mid_range_pct_allowed DOUBLE, three_pt_pct_allowed DOUBLE"""),
    PLAYER_SHOT_ZONE_ANALYSIS(
            "nba_precompute.player_shot_zone_analysis",
            "analysis_date",
            """
            analysis_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, season_year INTEGER,
            games_in_sample INTEGER, paint_rate_last_10 DOUBLE, mid_range_rate_last_10 DOUBLE,
            three_pt_rate_last_10 DOUBLE, assisted_rate_last_10 DOUBLE"""),
    PLAYER_COMPOSITE_FACTORS(
            "nba_precompute.player_composite_factors",
            "game_date",
            """
            game_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, opponent_team_abbr VARCHAR,
            game_id VARCHAR, is_home BOOLEAN, days_rest INTEGER, back_to_back BOOLEAN,
            fatigue_score DOUBLE, shot_zone_mismatch_score DOUBLE, pace_score DOUBLE,
            usage_spike_score DOUBLE, opponent_def_rating_last_15 DOUBLE,
            opponent_pace_last_15 DOUBLE, paint_rate_last_10 DOUBLE, mid_range_rate_last_10 DOUBLE,
            three_pt_rate_last_10 DOUBLE, assisted_rate_last_10 DOUBLE, context_source VARCHAR"""),
    PLAYER_DAILY_CACHE(
            "nba_precompute.player_daily_cache",
            "cache_date",
            """
            cache_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, games_played_season INTEGER,
            points_avg_last_5 DOUBLE, points_avg_last_10 DOUBLE, points_avg_season DOUBLE,
            points_std_last_10 DOUBLE, minutes_avg_last_10 DOUBLE, usage_rate_last_10 DOUBLE,
            team_pace_last_10 DOUBLE, team_off_rating_last_10 DOUBLE"""),
    ML_FEATURE_STORE_V2(
            "nba_predictions.ml_feature_store_v2",
            "game_date",
            """
            game_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, game_id VARCHAR,
            feature_count INTEGER, feature_names VARCHAR[], features DOUBLE[],
            context_source VARCHAR""");

    private final String table;
    private final String dateColumn;
    private final String columns;

    Phase4Processor(String table, String dateColumn, String columns) {
        this.table = table;
        this.dateColumn = dateColumn;
        this.columns = columns;
    }

    /** {@return the job's name, e.g. {@code team_defense_zone_analysis}: the table without its schema} */
    public String jobName() {
        return table.substring(table.indexOf('.') + 1);
    }

    /** {@return the schema-qualified table it writes} */
    public String table() {
        return table;
    }

    /** {@return the column the post-flight suite reads as the table's date} */
    public String dateColumn() {
        return dateColumn;
    }

    String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (" + columns + ")";
    }

    String schema() {
        return table.substring(0, table.indexOf('.'));
    }

    /** {@return the processor named {@code name} (its job name), if any} */
    public static Optional<Phase4Processor> named(String name) {
        return Arrays.stream(values()).filter(p -> p.jobName().equals(name)).findFirst();
    }

    /** {@return the job names, in the seed's order} */
    public static List<String> jobNames() {
        return Arrays.stream(values()).map(Phase4Processor::jobName).toList();
    }
}
