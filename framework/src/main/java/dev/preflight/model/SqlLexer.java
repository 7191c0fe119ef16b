package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads an author's SQL just far enough to know its shape: where quotes, comments, {@code ;} and parentheses are,
 * and which {@code ${name}} placeholders stand outside quotes. It is no parser (the warehouse's own parser checks
 * the syntax); it is what lets the planner put the author's text inside its own statement without the text
 * closing a parenthesis it did not open, starting a second statement, or hiding a placeholder in a string.
 * Quotes are read in the stricter of both dialects: {@code ''} and a backslash both escape inside quotes.
 */
@API(status = INTERNAL, since = "0.2")
public final class SqlLexer {

    /** A {@code ${name}} and where it starts in the text (0-based). */
    public record Placeholder(String name, int offset, int end, boolean quoted) {
    }

    /**
     * What the text holds.
     *
     * @param placeholders every {@code ${name}}, in order
     * @param problem the first thing that makes the text unusable inside another statement, if any, with its offset
     */
    public record Shape(List<Placeholder> placeholders, List<Integer> semicolons, Optional<Problem> problem) {
    }

    /** What is wrong, at an offset into the text. */
    public record Problem(String message, int offset) {
    }

    private SqlLexer() {
    }

    /** {@return the text's shape}; {@code fragment} asks for one expression: no {@code ;} at all, no comment */
    public static Shape read(String sql, boolean fragment) {
        List<Placeholder> placeholders = new ArrayList<>();
        List<Integer> semicolons = new ArrayList<>();
        Problem problem = null;
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                if (end < 0) {
                    problem = first(problem, new Problem("a quote " + c + " that is never closed", i));
                    end = n - 1;
                }
                collect(sql, i + 1, end, true, placeholders);
                i = end + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' || c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                problem = first(problem, new Problem("a comment; leave comments out of SQL in a suite (YAML has '#' comments)", i));
                int end = c == '/' ? sql.indexOf("*/", i + 2) : sql.indexOf('\n', i);
                i = end < 0 ? n : end + (c == '/' ? 2 : 1);
            } else if (c == ';') {
                semicolons.add(i);
                if (fragment) {
                    problem = first(problem, new Problem("';' ends a statement; a condition is one expression", i));
                }
                i++;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                if (--depth < 0) {
                    problem = first(problem, new Problem("')' closes a parenthesis the text did not open", i));
                    depth = 0;
                }
                i++;
            } else if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '{') {
                int end = sql.indexOf('}', i);
                if (end < 0) {
                    problem = first(problem, new Problem("'${' without its closing '}'", i));
                    i = n;
                } else {
                    placeholders.add(new Placeholder(sql.substring(i + 2, end).trim(), i, end + 1, false));
                    i = end + 1;
                }
            } else {
                i++;
            }
        }
        if (depth > 0) {
            problem = first(problem, new Problem(depth + " parenthes" + (depth == 1 ? "is is" : "es are") + " never closed", n));
        }
        return new Shape(List.copyOf(placeholders), List.copyOf(semicolons), Optional.ofNullable(problem));
    }

    private static Problem first(Problem found, Problem next) {
        return found != null ? found : next;
    }

    /** {@return the offset of the quote that closes the one at {@code start}, or -1} */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private static void collect(String sql, int from, int to, boolean quoted, List<Placeholder> out) {
        int i = sql.indexOf("${", from);
        while (i >= 0 && i < to) {
            int end = sql.indexOf('}', i);
            if (end < 0 || end > to) {
                return;
            }
            out.add(new Placeholder(sql.substring(i + 2, end).trim(), i, end + 1, quoted));
            i = sql.indexOf("${", end);
        }
    }
}
