package dev.preflight.result;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One suite's datasets, or the problems that kept it from running.
 *
 * @param file the suite's URI ({@code file:} or {@code classpath:})
 * @param window {@code start..end}, or empty when no check ran
 * @param verdict the suite's verdict in its own words (e.g. NOT READY), or empty when the suite names none
 * @param problems suite errors, each a line "file:line:column: message"
 * @param calendar the expected calendar over the window, with {@code gate --per-date}
 */
@API(status = MAINTAINED, since = "0.1")
public record SuiteOutcome(String name, String file, String window, String verdict, List<String> problems, List<DatasetOutcome> datasets,
                           Optional<SuiteCalendar> calendar) {

    public SuiteOutcome {
        problems = List.copyOf(problems);
        datasets = List.copyOf(datasets);
    }
}
