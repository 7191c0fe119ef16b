-- What a prediction for a player's game on a date needs from his earlier games that season: scoring form, minutes,
-- usage and his team's pace and offense. Needs player_game_summary on the date.
WITH lines AS (
  SELECT p.game_date, p.player_lookup, p.team_abbr, p.season_year, p.points, p.minutes_played, p.usage_rate,
         o.pace, o.offensive_rating
  FROM pf_player_lines p
  LEFT JOIN nba_analytics.team_offense_game_summary o ON o.game_id = p.game_id AND o.team_abbr = p.team_abbr
  QUALIFY row_number() OVER (PARTITION BY p.game_id, p.player_lookup) = 1),
rolling AS (
  SELECT game_date, player_lookup, team_abbr,
         count(*) OVER season AS games_played_season,
         avg(points) OVER last_5 AS points_avg_last_5,
         avg(points) OVER last_10 AS points_avg_last_10,
         avg(points) OVER season AS points_avg_season,
         stddev_samp(points) OVER last_10 AS points_std_last_10,
         avg(minutes_played) OVER last_10 AS minutes_avg_last_10,
         avg(usage_rate) OVER last_10 AS usage_rate_last_10,
         avg(pace) OVER last_10 AS team_pace_last_10,
         avg(offensive_rating) OVER last_10 AS team_off_rating_last_10
  FROM lines
  WINDOW season AS (PARTITION BY player_lookup, season_year ORDER BY game_date
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
         last_5 AS (PARTITION BY player_lookup, season_year ORDER BY game_date ROWS BETWEEN 5 PRECEDING AND 1 PRECEDING),
         last_10 AS (PARTITION BY player_lookup, season_year ORDER BY game_date ROWS BETWEEN 10 PRECEDING AND 1 PRECEDING))
SELECT r.game_date AS cache_date, r.player_lookup, r.team_abbr, r.games_played_season,
       round(r.points_avg_last_5, 2), round(r.points_avg_last_10, 2), round(r.points_avg_season, 2),
       round(r.points_std_last_10, 2), round(r.minutes_avg_last_10, 2), round(r.usage_rate_last_10, 2),
       round(r.team_pace_last_10, 2), round(r.team_off_rating_last_10, 2)
FROM rolling r
JOIN pf_target t ON t.d = r.game_date
