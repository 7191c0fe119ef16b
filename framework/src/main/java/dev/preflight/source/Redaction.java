package dev.preflight.source;

import org.apiguardian.api.API;

import java.io.PrintWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The one choke point for secrets: every text Preflight writes (standard output and error, the gate's JSON, Allure
 * results and their environment, the summary, the Allure report's inputs, warehouse messages) passes
 * {@link #redact(String)} on its way out, which replaces each secret with {@value #WITHHELD}.
 *
 * <p>A secret is
 * <ul>
 * <li>the user-info of any URL ({@code https://user:password@host} becomes {@code https://[withheld]@host}), and a
 *     URL query parameter named like a token or password;</li>
 * <li>shapes that are credentials wherever they appear: private keys, bearer tokens, Google access tokens, JSON Web
 *     Tokens, {@code access_token=…};</li>
 * <li>every value registered with {@link #secret(String)}: warehouse settings that their provider declares secret or
 *     whose name says so ({@link #isSecretName}), the password of a URL in any setting, and the value of every
 *     environment variable {@code PREFLIGHT_*} whose name says so, registered when this class loads.</li>
 * </ul>
 * Registered values are also found in the forms outputs write them in: JSON-escaped, HTML-escaped and URL-encoded.
 * Values shorter than {@value #SHORTEST} characters are not registered: replacing every {@code ab} in a report would
 * garble it, and such a secret protects nothing.
 *
 * <p>It is process-wide, and that is on purpose: the writers that need it (JUnit listeners loaded by
 * {@link java.util.ServiceLoader}, Allure's results writer, the command's streams) are not built by whoever knows the
 * secrets, and a secret once known to the process must stay out of everything the process writes afterwards. It lives
 * in {@code source}, the lowest package, so every module (warehouses, reports, runner) can reach it. See
 * docs/security.md.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String WITHHELD = "[withheld]";

    /** Registered values shorter than this are ignored. */
    public static final int SHORTEST = 4;

    /**
     * A credential's pattern, and texts of which it needs one ({@code clues}, lower case when the pattern ignores
     * case): a multi-megabyte result scanned by eight patterns costs more than the run that made it, and most texts
     * hold none of the clues, so most patterns never run.
     */
    private record Shape(Pattern pattern, String replacement, boolean ignoreCase, List<String> clues) {

        Shape(String regex, String replacement, String... clues) {
            this(Pattern.compile(regex), replacement, false, List.of(clues));
        }

        static Shape ignoringCase(String regex, String replacement, String... clues) {
            return new Shape(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement, true, List.of(clues));
        }
    }

    /** A clue of the shape numbered {@code shape}: found where a text holds it (in any case when it ignores case). */
    private record Clue(String text, boolean ignoreCase, int shape) {
    }

    private static final Pattern USER_INFO = Pattern.compile("\\b([A-Za-z][A-Za-z0-9+.-]*://)([^/\\s?#@\"'<>]*(?:@[^/\\s?#@\"'<>]*)*)@");

    private static final List<Shape> SHAPES = List.of(
            // User-info ends in '@'; a file's URI (file:///…) has "://" but none, so a result of file URIs skips it.
            new Shape(USER_INFO, "$1" + WITHHELD + "@", false, List.of("@")),
            Shape.ignoringCase("([?&](?:[a-z0-9_]*token|password|passwd|pwd|secret|api_?key|key|sig|signature)=)[^&\\s\"'<>#]+",
                    "$1" + WITHHELD, "token=", "password=", "passwd=", "pwd=", "secret=", "key=", "sig=", "signature="),
            new Shape("(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", WITHHELD, "PRIVATE KEY-----"),
            new Shape("(\"private_key(?:_id)?\"\\s*:\\s*)\"[^\"]*\"?", "$1\"" + WITHHELD + "\"", "\"private_key"),
            Shape.ignoringCase("(bearer\\s+)[A-Za-z0-9._~+/=-]+", "$1" + WITHHELD, "bearer"),
            new Shape("ya29\\.[A-Za-z0-9._-]+", WITHHELD, "ya29."),
            // JSON Web Tokens: self-signed service-account JWTs and ID tokens.
            new Shape("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*", WITHHELD, "eyJ"),
            Shape.ignoringCase("((?:access_token|refresh_token|id_token|client_secret)[\"']?\\s*[:=]\\s*[\"']?)[^\"'&,\\s}]+",
                    "$1" + WITHHELD, "_token", "client_secret"));

    /**
     * The shapes' clues by the character they start with (both cases when the clue ignores case; ASCII only), so one
     * pass over a text finds which shapes may match: a 3.4 MB gate result is read once, not once for each of 17 clues
     * and once more to lower its case.
     */
    private static final Clue[][] CLUES_BY_FIRST = cluesByFirst();

    private static Clue[][] cluesByFirst() {
        List<List<Clue>> table = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            table.add(new ArrayList<>());
        }
        for (int i = 0; i < SHAPES.size(); i++) {
            Shape shape = SHAPES.get(i);
            for (String clue : shape.clues()) {
                char first = clue.charAt(0);
                table.get(first).add(new Clue(clue, shape.ignoreCase(), i));
                if (shape.ignoreCase() && Character.toUpperCase(first) != first) {
                    table.get(Character.toUpperCase(first)).add(new Clue(clue, true, i));
                }
            }
        }
        return table.stream().map(clues -> clues.toArray(Clue[]::new)).toArray(Clue[][]::new);
    }

    /** {@return a bit for each shape (by its index) whose clue {@code text} holds} */
    private static long shapesThatMayMatch(String text) {
        long all = (1L << SHAPES.size()) - 1;
        long found = 0;
        for (int i = 0, n = text.length(); i < n && found != all; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                continue;
            }
            for (Clue clue : CLUES_BY_FIRST[c]) {
                if ((found & (1L << clue.shape())) == 0 && text.regionMatches(clue.ignoreCase(), i, clue.text(), 0, clue.text().length())) {
                    found |= 1L << clue.shape();
                }
            }
        }
        return found;
    }

    /** Parts of a name that make its value a secret: PREFLIGHT_API_TOKEN, db_password, credentials. */
    private static final Pattern SECRET_NAME_PART = Pattern.compile(
            "(?:[a-z0-9]*)(?:secret|token|password|passwd|pwd|key|credential|credentials|apikey)");

    /** Every form of every registered value, longest first, so a value is removed whole before a shorter one. */
    private static final List<String> LITERALS = new CopyOnWriteArrayList<>();

    static {
        environment(System.getenv());
    }

    private Redaction() {
    }

    /** {@return whether a setting or variable named so holds a secret}: a part of its name says secret, token, password or key */
    public static boolean isSecretName(String name) {
        for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (SECRET_NAME_PART.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Registers a value that no output may show from now on; {@code null} and values under {@value #SHORTEST} characters are ignored. */
    public static void secret(String value) {
        if (value == null || value.length() < SHORTEST) {
            return;
        }
        List<String> forms = new ArrayList<>(List.of(value, json(value), html(value),
                URLEncoder.encode(value, StandardCharsets.UTF_8), URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        synchronized (LITERALS) {
            for (String form : forms) {
                if (!LITERALS.contains(form)) {
                    LITERALS.add(form);
                }
            }
            List<String> sorted = new ArrayList<>(LITERALS);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            LITERALS.clear();
            LITERALS.addAll(sorted);
        }
    }

    /**
     * Registers the secret values among a warehouse's settings: those named in {@code declared} (the provider's
     * {@code secretSettings()}) or whose name says secret, and the user-info of a URL in any of them.
     */
    public static void settings(Map<String, String> settings, Collection<String> declared) {
        settings.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (declared.contains(key) || isSecretName(key)) {
                secret(value);
            }
            userInfo(value);
        });
    }

    /** Registers the values of the {@code PREFLIGHT_*} variables whose name says secret, and URL user-info in any of them. */
    static void environment(Map<String, String> variables) {
        variables.forEach((name, value) -> {
            if (name.toUpperCase(Locale.ROOT).startsWith("PREFLIGHT_")) {
                if (isSecretName(name.substring("PREFLIGHT_".length()))) {
                    secret(value);
                }
                userInfo(value);
            }
        });
    }

    /** The user-info of each URL in {@code text}, whole and its password alone, as written and decoded. */
    private static void userInfo(String text) {
        Matcher url = USER_INFO.matcher(text);
        while (url.find()) {
            String info = url.group(2);
            secret(info);
            int colon = info.indexOf(':');
            if (colon >= 0) {
                String password = info.substring(colon + 1);
                secret(password);
                try {
                    secret(URLDecoder.decode(password, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // not percent-encoded after all: registered as written
                }
            }
        }
    }

    /** {@return the text with every secret replaced by {@value #WITHHELD}}; {@code null} stays {@code null} */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String literal : LITERALS) {
            if (out.contains(literal)) {
                out = out.replace(literal, WITHHELD);
            }
        }
        long candidates = shapesThatMayMatch(out);
        for (int i = 0; i < SHAPES.size(); i++) {
            if ((candidates & (1L << i)) != 0) {
                Shape shape = SHAPES.get(i);
                out = shape.pattern().matcher(out).replaceAll(shape.replacement());
            }
        }
        return out;
    }

    /** {@return UTF-8 text redacted; bytes that are not UTF-8 text (an image) unchanged} */
    public static byte[] redact(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return content;
        }
        String redacted = redact(text);
        return redacted.equals(text) ? content : redacted.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@return a writer that redacts each line before {@code target} sees it}; flushing passes on a partial line
     * redacted. A writer this method made is returned as it is: its text is redacted once, not twice.
     */
    public static PrintWriter writer(PrintWriter target) {
        return target instanceof Redacted ? target : new Redacted(new RedactingWriter(target));
    }

    /** The writers {@link #writer} makes: what they pass on is redacted already. */
    private static final class Redacted extends PrintWriter {

        Redacted(RedactingWriter out) {
            super(out, true);
        }
    }

    /** Registered values' forms, for tests of this class only. */
    static Set<String> literals() {
        return Set.copyOf(LITERALS);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
