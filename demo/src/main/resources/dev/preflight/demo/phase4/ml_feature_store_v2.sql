-- The 21 training features of each player's game, from player_composite_factors and player_daily_cache on the date
-- (a date either lacks gets no rows). A feature with too little history is the league's typical value, as production's
-- defaults are; context_source carries through whether the factors used synthetic context.
SELECT c.game_date, c.player_lookup, c.team_abbr, c.game_id, 21 AS feature_count,
       ['points_avg_last_5', 'points_avg_last_10', 'points_avg_season', 'points_std_last_10', 'minutes_avg_last_10',
        'fatigue_score', 'shot_zone_mismatch_score', 'pace_score', 'usage_spike_score', 'opponent_def_rating_last_15',
        'opponent_pace_last_15', 'is_home', 'days_rest', 'back_to_back', 'paint_rate_last_10', 'mid_range_rate_last_10',
        'three_pt_rate_last_10', 'assisted_rate_last_10', 'team_pace_last_10', 'team_off_rating_last_10',
        'usage_rate_last_10'] AS feature_names,
       [coalesce(p.points_avg_last_5, 10.0), coalesce(p.points_avg_last_10, 10.0), coalesce(p.points_avg_season, 10.0),
        coalesce(p.points_std_last_10, 5.0), coalesce(p.minutes_avg_last_10, 20.0),
        c.fatigue_score, c.shot_zone_mismatch_score, c.pace_score, c.usage_spike_score,
        coalesce(c.opponent_def_rating_last_15, 112.0), coalesce(c.opponent_pace_last_15, 100.0),
        CASE WHEN c.is_home THEN 1.0 ELSE 0.0 END, c.days_rest, CASE WHEN c.back_to_back THEN 1.0 ELSE 0.0 END,
        coalesce(c.paint_rate_last_10, 0.35), coalesce(c.mid_range_rate_last_10, 0.25),
        coalesce(c.three_pt_rate_last_10, 0.40), coalesce(c.assisted_rate_last_10, 0.15),
        coalesce(p.team_pace_last_10, 100.0), coalesce(p.team_off_rating_last_10, 112.0),
        coalesce(p.usage_rate_last_10, 20.0)]::DOUBLE[] AS features,
       c.context_source
FROM nba_precompute.player_composite_factors c
JOIN nba_precompute.player_daily_cache p ON p.cache_date = c.game_date AND p.player_lookup = c.player_lookup
JOIN pf_target t ON t.d = c.game_date
