package dev.preflight.model;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An approved exception: dates on which one dataset's check (or all of its checks) may fail, with who approved it,
 * why, and until when. Waived dates are reported as waived, never as passing; an expired waiver stops applying and
 * the result says so.
 *
 * @param dataset the dataset's id
 * @param check the check's id, or {@code null} for every check of the dataset
 * @param dates the waived dates, ascending, without duplicates
 * @param reason why the exception is acceptable
 * @param approvedBy who approved it
 * @param expires the last day on which the waiver applies
 * @param location where the waiver is written
 */
@API(status = MAINTAINED, since = "0.1")
public record Waiver(String dataset, String check, List<LocalDate> dates, String reason, String approvedBy,
                     LocalDate expires, SourceLocation location) {

    public Waiver {
        Objects.requireNonNull(dataset, "dataset must not be null");
        Objects.requireNonNull(expires, "expires must not be null");
        dates = List.copyOf(new java.util.TreeSet<>(dates));
    }

    Optional<String> checkId() {
        return Optional.ofNullable(check);
    }

    /** {@return whether the waiver covers this check of this dataset} */
    public boolean covers(String datasetId, String checkId) {
        return dataset.equals(datasetId) && (check == null || check.equals(checkId));
    }

    /** {@return true once {@code today} is after the expiry date} */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expires);
    }
}
