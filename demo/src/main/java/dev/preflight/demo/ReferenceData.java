package dev.preflight.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two public reference files, read from the classpath so the demo works on a machine that has
 * only the preflight jar.
 */
record ReferenceData(List<LocalDate> gameDates, List<ScheduledGame> schedule2024) {

    static final String GAME_DATES = "nba_game_dates_2021_2025.csv";
    static final String SCHEDULE_2024 = "nba_schedule_2024_25.csv";

    static ReferenceData load() throws IOException {
        return new ReferenceData(
                parseDates(readLines(GAME_DATES)), parseSchedule(readLines(SCHEDULE_2024)));
    }

    static List<String> readLines(String resource) throws IOException {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(
                        "demo reference file missing from the classpath: " + resource);
            }
            // readLine() also strips the CRLF endings the schedule file uses.
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    private static List<LocalDate> parseDates(List<String> lines) {
        return lines.stream().map(LocalDate::parse).sorted().toList();
    }

    /** Columns: game_id,game_date,season_year,game_status,game_status_text,is_regular_season,... */
    private static List<ScheduledGame> parseSchedule(List<String> lines) throws IOException {
        List<ScheduledGame> games = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length != 11) {
                throw new IOException(
                        SCHEDULE_2024 + ": expected 11 fields, got " + f.length + ": " + line);
            }
            games.add(
                    new ScheduledGame(
                            f[0],
                            LocalDate.parse(f[1]),
                            Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]),
                            Boolean.parseBoolean(f[5]),
                            Boolean.parseBoolean(f[6]),
                            Boolean.parseBoolean(f[7]),
                            f[9],
                            f[10]));
        }
        return games;
    }
}
