package dev.preflight.bigquery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it leaves the adapter in an exception message or a description: the key
 * file's path (it tells an attacker where the key lives), the current access token, and anything shaped like a
 * token or a private key, in case a server or library echoes one back.
 */
final class Secrets {

    static final String WITHHELD = "[withheld]";

    private record Shape(Pattern pattern, String replacement) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", Pattern.DOTALL), WITHHELD),
            new Shape(Pattern.compile("(\"private_key(?:_id)?\"\\s*:\\s*)\"[^\"]*\"?"), "$1\"" + WITHHELD + "\""),
            new Shape(Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+"), "$1" + WITHHELD),
            new Shape(Pattern.compile("ya29\\.[A-Za-z0-9._-]+"), WITHHELD),
            // JSON Web Tokens: self-signed service-account JWTs and ID tokens.
            new Shape(Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"), WITHHELD),
            new Shape(Pattern.compile("(?i)((?:access_token|refresh_token|id_token|client_secret|assertion)[\"']?\\s*[:=]\\s*[\"']?)[^\"'&,\\s}]+"),
                    "$1" + WITHHELD));

    private final List<String> literals;
    private final Supplier<String> token;

    /**
     * @param literals exact strings to remove, e.g. the key file's path as written and as resolved
     * @param token the access token in use right now, or {@code null}; asked at each redaction because it rotates
     */
    Secrets(List<String> literals, Supplier<String> token) {
        List<String> kept = new ArrayList<>();
        for (String literal : literals) {
            if (literal != null && literal.length() >= 3) {
                kept.add(literal);
            }
        }
        // Longest first, so a path is removed whole before a shorter form of it.
        kept.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.literals = List.copyOf(kept);
        this.token = token;
    }

    static Secrets none() {
        return new Secrets(List.of(), () -> null);
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        String current = token.get();
        if (current != null && current.length() >= 8) {
            out = out.replace(current, WITHHELD);
        }
        for (String literal : literals) {
            out = out.replace(literal, WITHHELD);
        }
        for (Shape shape : SHAPES) {
            out = shape.pattern().matcher(out).replaceAll(shape.replacement());
        }
        return out;
    }
}
