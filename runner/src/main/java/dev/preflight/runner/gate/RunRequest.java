package dev.preflight.runner.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What to run: suite locations (files, directories or {@code classpath:} resources) and the overrides that the
 * command line adds to every suite.
 *
 * @param suites suite files, directories or {@code classpath:name} resources
 * @param startDate overrides parameter {@code start_date}, or {@code null}
 * @param endDate overrides parameter {@code end_date}, or {@code null}
 * @param parameters other parameter overrides
 * @param tags JUnit tag expressions to include, may be empty
 * @param warehousePath overrides the DuckDB path, or {@code null}
 */
public record RunRequest(List<String> suites, LocalDate startDate, LocalDate endDate, Map<String, String> parameters,
                         List<String> tags, String warehousePath) {

    public RunRequest {
        suites = List.copyOf(suites);
        parameters = Map.copyOf(parameters);
        tags = List.copyOf(tags);
    }
}
