-- Each team's defense over its previous 15 games of the season, on the dates it plays. Needs
-- team_defense_game_summary and team_offense_game_summary on the date: a date either lacks gets no rows.
WITH zones AS (  -- the shot mix each team took in each game: what its opponent allowed
  SELECT game_id, team_abbr, sum(fg_attempts) AS fga, sum(paint_attempts) AS paint, sum(three_pt_attempts) AS threes
  FROM pf_player_lines GROUP BY game_id, team_abbr),
games AS (
  SELECT d.game_date, d.defending_team_abbr AS team_abbr, g.season_year, d.defensive_rating, d.opponent_fg_pct,
         o.pace, z.fga, z.paint, z.threes
  FROM nba_analytics.team_defense_game_summary d
  JOIN pf_games g USING (game_id)
  LEFT JOIN nba_analytics.team_offense_game_summary o ON o.game_id = d.game_id AND o.team_abbr = d.defending_team_abbr
  LEFT JOIN zones z ON z.game_id = d.game_id AND z.team_abbr = d.opponent_team_abbr
  WHERE d.game_date <= ${end_date}
  QUALIFY row_number() OVER (PARTITION BY d.game_id, d.defending_team_abbr) = 1),
rolling AS (
  SELECT game_date, team_abbr, season_year,
         count(*) OVER w AS games_in_sample,
         avg(defensive_rating) OVER w AS defensive_rating_last_15,
         avg(opponent_fg_pct) OVER w AS opponent_fg_pct_last_15,
         avg(pace) OVER w AS pace_last_15,
         sum(paint) OVER w / nullif(sum(fga) OVER w, 0) AS paint_pct_allowed,
         sum(fga - paint - threes) OVER w / nullif(sum(fga) OVER w, 0) AS mid_range_pct_allowed,
         sum(threes) OVER w / nullif(sum(fga) OVER w, 0) AS three_pt_pct_allowed
  FROM games
  WINDOW w AS (PARTITION BY team_abbr, season_year ORDER BY game_date ROWS BETWEEN 15 PRECEDING AND 1 PRECEDING))
SELECT r.game_date AS analysis_date, r.team_abbr, r.season_year, r.games_in_sample,
       round(r.defensive_rating_last_15, 2), round(r.opponent_fg_pct_last_15, 4), round(r.pace_last_15, 2),
       round(r.paint_pct_allowed, 4), round(r.mid_range_pct_allowed, 4), round(r.three_pt_pct_allowed, 4)
FROM rolling r
JOIN pf_target t ON t.d = r.game_date
WHERE r.game_date IN (SELECT game_date FROM nba_analytics.team_offense_game_summary)
