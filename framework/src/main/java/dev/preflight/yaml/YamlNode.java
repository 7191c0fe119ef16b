package dev.preflight.yaml;

import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A YAML node that remembers where it was written, so every later problem can name file:line:column.
 * Jackson's tree model drops locations, hence this small tree of our own.
 */
@API(status = STABLE, since = "0.1")
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** {@return where the node starts} */
    SourceLocation location();

    /** What {@link #kind()} says of a YAML null; {@link YamlReader#root} says the same of the roots it reads. */
    String NULL = "null";
    /** What {@link #kind()} says of a scalar that is not null. */
    String VALUE = "a value";
    /** What {@link #kind()} says of a mapping. */
    String MAPPING = "a mapping";
    /** What {@link #kind()} says of a list. */
    String LIST = "a list";

    /** {@return a word for messages: {@value #MAPPING}, {@value #LIST}, {@value #VALUE} or {@value #NULL}} */
    String kind();

    /**
     * A scalar as written; {@code text} is {@code null} for YAML null ({@code ~}, {@code null} or nothing).
     * {@code number} is true when YAML resolved it as a number (written without quotes), so {@code in: [1, 2]} and
     * {@code in: ["01", "02"]} can become different SQL literals.
     */
    record Scalar(String text, SourceLocation location, boolean number) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(location, "location must not be null");
        }

        /** A scalar that is not a YAML number. */
        public Scalar(String text, SourceLocation location) {
            this(text, location, false);
        }

        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return isNull() ? NULL : VALUE;
        }
    }

    /** A mapping whose keys keep their order and their own locations. */
    record Mapping(Map<String, Entry> entries, SourceLocation location) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            Objects.requireNonNull(location, "location must not be null");
        }

        @Override
        public String kind() {
            return MAPPING;
        }
    }

    /** One key of a mapping, with the location of the key itself. */
    record Entry(String key, SourceLocation keyLocation, YamlNode value) {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(location, "location must not be null");
        }

        @Override
        public String kind() {
            return LIST;
        }
    }
}
