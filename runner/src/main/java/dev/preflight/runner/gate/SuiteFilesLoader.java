package dev.preflight.runner.gate;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.Suite;
import dev.preflight.model.ParameterSource;
import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.suite.SuiteParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    parsed.put(location, parser.parse(text, new SourceLocation(URI.create("classpath:" + name), name, 1, 1)));
                } catch (IOException e) {
                    throw new UsageException("cannot read " + location + ": " + e.getMessage());
                }
                continue;
            }
            for (Path file : files(Path.of(location))) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    parsed.put(file.toString(), parser.parse(text, new SourceLocation(file.toAbsolutePath().toUri(), file.toString(), 1, 1)));
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
