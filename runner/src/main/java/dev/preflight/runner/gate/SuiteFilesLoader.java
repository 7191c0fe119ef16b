package dev.preflight.runner.gate;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.Suite;
import dev.preflight.model.ParameterSource;
import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.suite.SuiteParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads suites straight from their files, for commands that need the model without running checks
 * ({@code validate}, {@code gate --dry-run}). Running checks always goes through the engine ({@link SuiteRunner}).
 */
public final class SuiteFilesLoader {

    private final SuiteParser parser;

    public SuiteFilesLoader(RunRequest request) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.parser = new SuiteParser(CheckTypes.load(loader),
                ParameterSource.of(request.allParameters())
                        .orElse(ParameterSource.standard(key -> java.util.Optional.ofNullable(System.getProperty(key)), System.getenv())),
                request.warehouseSettings(), Clock.systemDefaultZone());
    }

    /** {@return every suite file the locations name, each parsed; files without {@code preflight: 1} are left out} */
    public Map<String, SuiteParser.Parsed> parse(List<String> locations) {
        Map<String, SuiteParser.Parsed> parsed = new LinkedHashMap<>();
        for (String location : locations) {
            if (location.startsWith("classpath:")) {
                String name = location.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new UsageException("suite " + location + " is not on the class path");
                    }
                    SourceLocation at = new SourceLocation(URI.create("classpath:" + name), name, 1, 1);
                    parsed.put(location, parse(() -> SourceText.read(in, at), at));
                } catch (IOException e) {
                    throw new UsageException("cannot read " + location + ": " + e.getMessage());
                }
                continue;
            }
            requireSuite(location);
            for (Path file : files(Path.of(location))) {
                try {
                    SourceLocation at = new SourceLocation(file.toAbsolutePath().toUri(), file.toString(), 1, 1);
                    parsed.put(file.toString(), parse(() -> SourceText.read(file, at), at));
                } catch (IOException e) {
                    throw new UsageException("cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        parsed.values().removeIf(SuiteParser.Parsed.NotASuite.class::isInstance);
        if (parsed.isEmpty()) {
            throw new UsageException("no suites found in " + String.join(", ", locations) + " (suite files are .yaml/.yml starting with 'preflight: 1')");
        }
        return parsed;
    }

    /**
     * A file named on the command line that is not a suite is the caller's mistake, said with the file's name and
     * why (a folder's other YAML files are left out quietly). Checked before a run, so a gate never ends in
     * "nothing checked" without naming the file.
     *
     * @throws UsageException when {@code location} is a file that is not a suite
     */
    public static void requireSuite(String location) {
        Path file = Path.of(location);
        if (location.startsWith("classpath:") || !Files.isRegularFile(file)) {
            return;
        }
        if (!SuiteParser.isSuiteFileName(file.getFileName().toString())) {
            throw notASuite(location, "suite files end in .yaml or .yml");
        }
        SourceLocation at = new SourceLocation(file.toAbsolutePath().toUri(), location, 1, 1);
        try {
            SuiteParser.whyNotASuite(SourceText.read(file, at)).ifPresent(why -> {
                throw notASuite(location, why);
            });
        } catch (SuiteDefinitionException | IOException e) {
            // Too large, not UTF-8 or unreadable: the run reports it, located, as it does for any suite.
        }
    }

    private static UsageException notASuite(String location, String why) {
        return new UsageException(location + " is not a Preflight suite: " + why + " (a suite starts with 'preflight: 1')");
    }

    /** What reads a suite's text: a file or a class path resource. */
    @FunctionalInterface
    private interface Text {
        String read() throws IOException;
    }

    /** A file too large or not UTF-8 is an invalid suite, located like any other suite mistake. */
    private SuiteParser.Parsed parse(Text text, SourceLocation at) throws IOException {
        try {
            return parser.parse(text.read(), at);
        } catch (SuiteDefinitionException e) {
            return new SuiteParser.Parsed.Invalid(null, e.problems());
        }
    }

    /** {@return the valid suites}, or throws every problem of the invalid ones */
    public List<Suite> load(List<String> locations) {
        List<Suite> suites = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SuiteParser.Parsed parsed : parse(locations).values()) {
            if (parsed instanceof SuiteParser.Parsed.Valid valid) {
                suites.add(valid.suite());
            } else if (parsed instanceof SuiteParser.Parsed.Invalid invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SuiteDefinitionException(problems);
        }
        return suites;
    }

    private static List<Path> files(Path location) {
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> SuiteParser.isSuiteFileName(p.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                throw new UsageException("cannot list " + location + ": " + e.getMessage());
            }
        }
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        throw new UsageException("suite " + location + " does not exist");
    }
}
