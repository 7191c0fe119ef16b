package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A fully qualified table: {@code dataset.table} or {@code project.dataset.table}, each part validated.
 *
 * @param parts one to three validated parts, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record TableName(List<String> parts) {

    public static final String RULE = "write dataset.table or project.dataset.table with letters, digits, _ and -";

    public TableName {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 3 || !parts.stream().allMatch(Identifiers::isTablePart)) {
            throw new IllegalArgumentException("not a table name: " + parts);
        }
    }

    /** {@return the table, or empty when {@code text} is not a valid qualified name} */
    public static Optional<TableName> parse(String text) {
        String[] split = text.trim().split("\\.", -1);
        if (split.length == 0 || split.length > 3) {
            return Optional.empty();
        }
        for (String part : split) {
            if (!Identifiers.isTablePart(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(new TableName(List.of(split)));
    }

    /** {@return the last part, the table's own name} */
    public String simpleName() {
        return parts.get(parts.size() - 1);
    }

    @Override
    public String toString() {
        return String.join(".", parts);
    }
}
