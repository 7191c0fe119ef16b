package dev.preflight.engine;

import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.suite.SuiteParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and parses suite files once per discovery: one request may select a file and several of its checks by id
 * (Cucumber's {@code FeatureParserWithCaching}).
 */
final class SuiteFiles {

    private final SuiteParser parser;
    private final Map<URI, SuiteParser.Parsed> cache = new HashMap<>();

    SuiteFiles(SuiteParser parser) {
        this.parser = parser;
    }

    SuiteParser.Parsed file(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        URI uri = absolute.toUri();
        return cache.computeIfAbsent(uri, u -> {
            SourceLocation location = new SourceLocation(u, display(absolute), 1, 1);
            try {
                return parser.parse(SourceText.read(absolute, location), location);
            } catch (SuiteDefinitionException e) {
                return new SuiteParser.Parsed.Invalid(null, e.problems());
            } catch (IOException e) {
                // NoSuchFileException's message is just the path, which the location already shows.
                String why = e instanceof java.nio.file.NoSuchFileException ? "the file does not exist" : e.getMessage();
                return new SuiteParser.Parsed.Invalid(null, List.of(new dev.preflight.source.Problem(location,
                        "cannot read the suite: " + why)));
            }
        });
    }

    SuiteParser.Parsed resource(String name, URI resourceUri) {
        URI uri = Sources.classpathUri(name);
        return cache.computeIfAbsent(uri, u -> {
            SourceLocation location = new SourceLocation(u, name, 1, 1);
            try {
                URL url = resourceUri.toURL();
                try (InputStream in = url.openStream()) {
                    return parser.parse(SourceText.read(in, location), location);
                }
            } catch (SuiteDefinitionException e) {
                return new SuiteParser.Parsed.Invalid(null, e.problems());
            } catch (IOException e) {
                return new SuiteParser.Parsed.Invalid(null, List.of(new dev.preflight.source.Problem(location,
                        "cannot read the suite: " + e.getMessage())));
            }
        });
    }

    private static String display(Path absolute) {
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
