package dev.preflight.bigquery;

import dev.preflight.source.Redaction;

import java.util.List;
import java.util.function.Supplier;

/**
 * Removes credentials from text before it leaves the adapter in an exception message or a description: the key
 * file's path (it tells an attacker where the key lives), registered with {@link Redaction} so that no output of the
 * process shows it; the current access token, asked at each redaction because it rotates; and through
 * {@link Redaction#redact(String)}, URL user-info and anything shaped like a token or a private key, in case a
 * server or library echoes one back.
 */
final class Secrets {

    static final String WITHHELD = Redaction.WITHHELD;

    private final Supplier<String> token;

    /**
     * @param literals exact strings to remove, e.g. the key file's path as written and as resolved
     * @param token the access token in use right now, or {@code null}
     */
    Secrets(List<String> literals, Supplier<String> token) {
        literals.forEach(Redaction::secret);
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
        return Redaction.redact(out);
    }
}
