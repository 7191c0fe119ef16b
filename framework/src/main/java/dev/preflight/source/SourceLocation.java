package dev.preflight.source;

import org.apiguardian.api.API;

import java.net.URI;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A position in a suite file: the file's URI, a name to show people, and a 1-based line and column.
 *
 * @param uri the suite's URI ({@code file:} or {@code classpath:}), never {@code null}
 * @param displayName the path as a person wrote or would recognise it, never {@code null}
 * @param line 1-based line
 * @param column 1-based column
 */
@API(status = STABLE, since = "0.1")
public record SourceLocation(URI uri, String displayName, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(uri, "uri must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
    }

    /** {@return the same file at another position} */
    public SourceLocation at(int line, int column) {
        return new SourceLocation(uri, displayName, line, column);
    }

    /** {@return {@code file:line:column}, the form editors and terminals turn into links} */
    @Override
    public String toString() {
        return displayName + ":" + line + ":" + column;
    }
}
