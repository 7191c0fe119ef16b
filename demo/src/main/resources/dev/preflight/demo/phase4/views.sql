-- Views every Phase 4 processor reads, on its own connection only (TEMP). ${start_date} and ${end_date} are the run's
-- window, rendered as DATE literals.

-- One row per regular-season or playoff game, with its season and sides.
CREATE OR REPLACE TEMP VIEW pf_games AS
SELECT game_id, any_value(game_date) AS game_date, any_value(season_year) AS season_year,
       any_value(home_team_tricode) AS home_team, any_value(away_team_tricode) AS away_team
FROM nba_raw.nbac_schedule
WHERE is_regular_season OR is_playoffs
GROUP BY game_id;

-- The dates this run may write: game dates in the window, minus each season's bootstrap fortnight (its opener and the
-- 13 days after), which the production processors skip because a rolling window has too few games yet.
CREATE OR REPLACE TEMP VIEW pf_target AS
WITH openers AS (SELECT season_year, min(game_date) AS opener FROM pf_games GROUP BY season_year)
SELECT DISTINCT g.game_date AS d
FROM pf_games g JOIN openers o USING (season_year)
WHERE g.game_date BETWEEN ${start_date} AND ${end_date} AND g.game_date >= o.opener + 14;

-- Player lines, one per (game_id, player_lookup) as production deduplicates them, with the season.
CREATE OR REPLACE TEMP VIEW pf_player_lines AS
SELECT p.*, g.season_year
FROM nba_analytics.player_game_summary p JOIN pf_games g USING (game_id)
WHERE p.game_date <= ${end_date}
QUALIFY row_number() OVER (PARTITION BY p.game_id, p.player_lookup ORDER BY p.game_date) = 1;
