-- Each player's shot mix over his previous 10 games of the season, on the dates he plays. Needs player_game_summary on
-- the date. The box scores have no assisted-field-goal column, so assisted_rate_last_10 is assists per shot or pass
-- (assists / (assists + attempts)), a stand-in of the same range.
WITH rolling AS (
  SELECT game_date, player_lookup, team_abbr, season_year,
         count(*) OVER w AS games_in_sample,
         sum(paint_attempts) OVER w / nullif(sum(fg_attempts) OVER w, 0) AS paint_rate,
         sum(fg_attempts - paint_attempts - three_pt_attempts) OVER w / nullif(sum(fg_attempts) OVER w, 0) AS mid_range_rate,
         sum(three_pt_attempts) OVER w / nullif(sum(fg_attempts) OVER w, 0) AS three_pt_rate,
         sum(assists) OVER w / nullif(sum(assists + fg_attempts) OVER w, 0) AS assisted_rate
  FROM pf_player_lines
  WINDOW w AS (PARTITION BY player_lookup, season_year ORDER BY game_date ROWS BETWEEN 10 PRECEDING AND 1 PRECEDING))
SELECT r.game_date AS analysis_date, r.player_lookup, r.team_abbr, r.season_year, r.games_in_sample,
       round(r.paint_rate, 4), round(r.mid_range_rate, 4), round(r.three_pt_rate, 4), round(r.assisted_rate, 4)
FROM rolling r
JOIN pf_target t ON t.d = r.game_date
