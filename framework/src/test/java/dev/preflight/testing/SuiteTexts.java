package dev.preflight.testing;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.Suite;
import dev.preflight.model.ParameterSource;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Parses suite YAML written inline in a test, as if it were the file {@code suites/games.yaml}. */
public final class SuiteTexts {

    /** Where inline suites pretend to live; problems print as {@code suites/games.yaml:LINE:COL}. */
    public static final SourceLocation FILE = new SourceLocation(URI.create("file:///work/suites/games.yaml"), "suites/games.yaml", 1, 1);

    /** A fixed "today" (2025-01-15) so that relative dates in suites parse the same on every run. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);

    private SuiteTexts() {
    }

    public static SuiteParser.Parsed parse(String yaml, CheckTypes types, Map<String, String> parameters) {
        return new SuiteParser(types, ParameterSource.of(parameters), Map.of(), TODAY).parse(yaml, FILE);
    }

    public static SuiteParser.Parsed parse(String yaml, CheckTypes types) {
        return parse(yaml, types, Map.of());
    }

    /** {@return the suite, or a failure listing every problem when the text is not a valid suite} */
    public static Suite valid(String yaml, CheckTypes types, Map<String, String> parameters) {
        SuiteParser.Parsed parsed = parse(yaml, types, parameters);
        if (parsed instanceof SuiteParser.Parsed.Valid valid) {
            return valid.suite();
        }
        throw new AssertionError("expected a valid suite but got " + parsed);
    }

    public static Suite valid(String yaml, CheckTypes types) {
        return valid(yaml, types, Map.of());
    }
}
