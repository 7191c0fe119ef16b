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
    // Columns are always quoted by the dialect, so any name a warehouse allows can be checked: spaces, any case,
    // reserved words. Control characters are never a real column's and would garble messages.
    private static final Pattern COLUMN = Pattern.compile("[^\\p{Cntrl}]{1,300}");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[0-9.+-]+\\s*");

    private Identifiers() {
    }

    static boolean isTablePart(String part) {
        return PART.matcher(part).matches();
    }

    public static boolean isColumn(String name) {
        // A bare number ("3") is almost always YAML's number where a list or a name was meant; quote-free names only.
        return !name.isBlank() && COLUMN.matcher(name).matches() && !BARE_NUMBER.matcher(name).matches();
    }

    public static final String COLUMN_RULE = "a column name is 1 to 300 characters, none of them a control character, and not a bare"
            + " number (names are always quoted, so spaces, upper case and reserved words are fine)";
}
