package dev.preflight.suite;

import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.HistorySpec;
import dev.preflight.model.SeasonSpec;
import dev.preflight.model.VerdictLabels;
import dev.preflight.model.Waiver;
import dev.preflight.model.WarehouseSpec;

import dev.preflight.model.Parameters;
import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One suite file: the expectations for a set of datasets, over one window, against one warehouse.
 *
 * @param name the suite's name
 * @param description optional text, may be empty
 * @param tags JUnit tags inherited by every check
 * @param owner who answers for the suite, may be empty
 * @param parameters parameter values after overrides
 * @param warehouse where the SQL runs
 * @param window the dates validated
 * @param calendar the expected dates, or {@code null} when no check needs them
 * @param seasons season openers and bootstrap days
 * @param datasets the datasets, in file order
 * @param location where the suite starts (line 1)
 * @param waivers approved exceptions, may be empty
 * @param verdict the words for the suite's overall verdict, or {@code null} when the suite names none
 * @param history where runs append their per-date metrics, or {@code null} when the suite keeps no history
 */
@API(status = MAINTAINED, since = "0.1")
public record Suite(String name, String description, List<String> tags, String owner, Parameters parameters,
                    WarehouseSpec warehouse, DateWindow window, CalendarSpec calendar, SeasonSpec seasons,
                    List<Dataset> datasets, SourceLocation location, List<Waiver> waivers, VerdictLabels verdict, HistorySpec history) {

    public Suite {
        Objects.requireNonNull(name, "name must not be null");
        tags = List.copyOf(tags);
        datasets = List.copyOf(datasets);
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** A suite without metric history. */
    public Suite(String name, String description, List<String> tags, String owner, Parameters parameters,
                 WarehouseSpec warehouse, DateWindow window, CalendarSpec calendar, SeasonSpec seasons,
                 List<Dataset> datasets, SourceLocation location, List<Waiver> waivers, VerdictLabels verdict) {
        this(name, description, tags, owner, parameters, warehouse, window, calendar, seasons, datasets, location, waivers, verdict, null);
    }

    /** A suite without waivers or verdict words. */
    Suite(String name, String description, List<String> tags, String owner, Parameters parameters,
          WarehouseSpec warehouse, DateWindow window, CalendarSpec calendar, SeasonSpec seasons,
          List<Dataset> datasets, SourceLocation location) {
        this(name, description, tags, owner, parameters, warehouse, window, calendar, seasons, datasets, location, List.of(), null);
    }

    public Optional<HistorySpec> historySpec() {
        return Optional.ofNullable(history);
    }

    public Optional<VerdictLabels> verdictLabels() {
        return Optional.ofNullable(verdict);
    }

    /** {@return the waivers that cover this check} */
    public List<Waiver> waiversOf(String datasetId, String checkId) {
        return waivers.stream().filter(w -> w.covers(datasetId, checkId)).toList();
    }

    public Optional<CalendarSpec> calendarSpec() {
        return Optional.ofNullable(calendar);
    }

    public Optional<Dataset> dataset(String datasetId) {
        return datasets.stream().filter(d -> d.id().equals(datasetId)).findFirst();
    }
}
