package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The identifiers a suite may name. Anything else is rejected before it reaches SQL, so a table written as
 * {@code x; DROP TABLE y} is a suite problem and never a statement.
 */
@API(status = INTERNAL, since = "0.1")
public final class Identifiers {

    // Hyphens appear in BigQuery project ids (nba-props-platform); identifiers are always quoted when rendered.
    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,127}");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    private Identifiers() {
    }

    static boolean isTablePart(String part) {
        return PART.matcher(part).matches();
    }

    public static boolean isColumn(String name) {
        return COLUMN.matcher(name).matches();
    }

    public static final String COLUMN_RULE = "a column name uses letters, digits and _ and starts with a letter or _";
}
