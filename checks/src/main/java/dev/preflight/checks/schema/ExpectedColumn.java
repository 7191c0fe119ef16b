package dev.preflight.checks.schema;

/**
 * A column a schema check expects.
 *
 * @param name the column's name
 * @param type its type as the suite writes it, or {@code null} for any type
 */
public record ExpectedColumn(String name, String type) {
}
