-- The adjustment factors of each player's game: fatigue, shot-zone mismatch against the opponent's defense, pace and
-- usage spike. Needs player_game_summary, team_defense_game_summary and team_offense_game_summary on the date, and the
-- date's Phase 4 zone analyses. The pre-game context (rest, prop line, game total) comes from the two context tables;
-- where they lack the row, the factors use synthetic context, as production does: rest from the schedule, no prop
-- line and the league's average total (context_source says which).
WITH ready AS (
  SELECT d FROM pf_target
  WHERE d IN (SELECT game_date FROM nba_analytics.team_defense_game_summary)
    AND d IN (SELECT game_date FROM nba_analytics.team_offense_game_summary)),
sides AS (
  SELECT game_id, season_year, game_date, home_team AS team_abbr, away_team AS opponent, true AS is_home FROM pf_games
  UNION ALL
  SELECT game_id, season_year, game_date, away_team, home_team, false FROM pf_games),
rest AS (  -- days off since the team's previous game of the season; NULL on its first
  SELECT game_id, team_abbr, opponent, is_home,
         game_date - lag(game_date) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date) - 1 AS days_rest
  FROM sides),
recent AS (  -- his scoring over his previous 10 games of the season, over all of it (not only this run's dates)
  SELECT game_id, player_lookup,
         avg(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date
                           ROWS BETWEEN 10 PRECEDING AND 1 PRECEDING) AS points_recent
  FROM pf_player_lines),
factors AS (
  SELECT p.game_date, p.player_lookup, p.team_abbr, r.opponent AS opponent_team_abbr, p.game_id, r.is_home,
         coalesce(pc.days_rest, r.days_rest, 3) AS days_rest,
         pc.points_line, tc.game_total,
         (pc.player_lookup IS NOT NULL AND tc.team_abbr IS NOT NULL) AS has_context,
         z.paint_rate_last_10, z.mid_range_rate_last_10, z.three_pt_rate_last_10, z.assisted_rate_last_10,
         d.paint_pct_allowed, d.mid_range_pct_allowed, d.three_pt_pct_allowed,
         d.defensive_rating_last_15, d.pace_last_15,
         recent.points_recent
  FROM pf_player_lines p
  JOIN ready ON ready.d = p.game_date
  JOIN recent ON recent.game_id = p.game_id AND recent.player_lookup = p.player_lookup
  JOIN rest r ON r.game_id = p.game_id AND r.team_abbr = p.team_abbr
  JOIN nba_precompute.player_shot_zone_analysis z ON z.analysis_date = p.game_date AND z.player_lookup = p.player_lookup
  JOIN nba_precompute.team_defense_zone_analysis d ON d.analysis_date = p.game_date AND d.team_abbr = r.opponent
  LEFT JOIN nba_analytics.upcoming_player_game_context pc ON pc.game_date = p.game_date AND pc.player_lookup = p.player_lookup
  LEFT JOIN nba_analytics.upcoming_team_game_context tc ON tc.game_date = p.game_date AND tc.team_abbr = p.team_abbr)
SELECT game_date, player_lookup, team_abbr, opponent_team_abbr, game_id, is_home, days_rest, days_rest = 0 AS back_to_back,
       -- 100 fresh; a back-to-back costs 25, a single day off 10
       CASE WHEN days_rest = 0 THEN 75.0 WHEN days_rest = 1 THEN 90.0 ELSE 100.0 END AS fatigue_score,
       -- how much more of his shots go where this opponent allows more of them than an even split would
       round(100 * (coalesce(paint_rate_last_10 * paint_pct_allowed, 0) + coalesce(mid_range_rate_last_10 * mid_range_pct_allowed, 0)
             + coalesce(three_pt_rate_last_10 * three_pt_pct_allowed, 0)) - 100.0 / 3, 2) AS shot_zone_mismatch_score,
       -- the book's total against the league's ~225 points; synthetic: the opponent's recent pace against 100
       round(CASE WHEN has_context THEN (game_total - 225.0) / 5 ELSE coalesce(pace_last_15 - 100.0, 0) / 2 END, 2) AS pace_score,
       -- the prop line above his recent scoring; synthetic: no line, no spike
       round(CASE WHEN has_context AND points_line IS NOT NULL AND points_recent > 0
                  THEN (points_line - points_recent) / points_recent * 10 ELSE 0 END, 2) AS usage_spike_score,
       defensive_rating_last_15 AS opponent_def_rating_last_15, pace_last_15 AS opponent_pace_last_15,
       paint_rate_last_10, mid_range_rate_last_10, three_pt_rate_last_10, assisted_rate_last_10,
       CASE WHEN has_context THEN 'context' ELSE 'synthetic' END AS context_source
FROM factors
