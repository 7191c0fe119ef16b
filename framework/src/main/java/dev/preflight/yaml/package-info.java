/**
 * YAML with locations: {@link YamlReader} reads suite text with Jackson's streaming parser into {@link YamlNode}s
 * that remember file, line and column, and {@link MappingReader} gives typed reads of one mapping that record a
 * located problem instead of throwing. Check types parse their arguments through {@link MappingReader}.
 *
 * <p>Depends on Jackson's YAML parser and on {@code dev.preflight.source}, {@code model}, {@code calendar} and
 * {@code metric}; never on the suite model or anything above it.
 *
 * @see MappingReader
 * @see YamlNode
 */
package dev.preflight.yaml;
