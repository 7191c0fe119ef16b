package dev.preflight.suite;

import dev.preflight.model.SampleRequest;
import dev.preflight.model.Severity;

import dev.preflight.check.CheckSpec;
import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One expectation as written in a suite: its id, type, parsed arguments and how a failure counts.
 *
 * @param id stable within its dataset; part of the JUnit unique id
 * @param type the check type's name, e.g. {@code coverage}
 * @param spec the parsed arguments that know which metrics they need and how to judge them
 * @param severity how a failure counts
 * @param tags JUnit tags
 * @param description optional text for people, may be empty
 * @param location where the check is written
 * @param fallback the accepted alternative when the check fails, or {@code null}
 * @param samples which failed rows to fetch when the check does not pass, or {@code null}
 */
@API(status = MAINTAINED, since = "0.1")
public record CheckDefinition(String id, String type, CheckSpec spec, Severity severity, List<String> tags,
                              String description, SourceLocation location, Fallback fallback, SampleRequest samples) {

    public CheckDefinition {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        tags = List.copyOf(tags);
        description = description == null ? "" : description;
    }

    /** A check without fallback or samples. */
    CheckDefinition(String id, String type, CheckSpec spec, Severity severity, List<String> tags,
                    String description, SourceLocation location) {
        this(id, type, spec, severity, tags, description, location, null, null);
    }

    public Optional<Fallback> fallbackSpec() {
        return Optional.ofNullable(fallback);
    }

    Optional<SampleRequest> sampleRequest() {
        return Optional.ofNullable(samples);
    }
}
