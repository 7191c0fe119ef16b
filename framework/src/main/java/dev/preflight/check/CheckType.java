package dev.preflight.check;

import dev.preflight.yaml.MappingReader;

import org.apiguardian.api.API;

import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A kind of check a suite can use, found with {@link java.util.ServiceLoader}: adding one is one class plus a line in
 * {@code META-INF/services/dev.preflight.check.CheckType}. It only parses; the {@link CheckSpec} it returns declares
 * its metrics and judges them, and never touches the warehouse.
 */
@API(status = STABLE, since = "0.1")
public interface CheckType {

    /** {@return the YAML key that selects this type, e.g. {@code coverage}} */
    String name();

    /**
     * Parses the check's arguments. Report mistakes through {@code arguments} (they carry file:line:column) and
     * return empty; the framework has already read {@code id}, {@code severity}, {@code tags} and {@code description}.
     *
     * @param arguments the mapping under the type's key, never {@code null}
     * @param dataset what the check is declared on
     */
    Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset);
}
