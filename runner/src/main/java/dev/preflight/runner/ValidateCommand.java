package dev.preflight.runner;

import dev.preflight.check.CheckTypes;
import dev.preflight.suite.ParameterSource;
import dev.preflight.suite.SourceLocation;
import dev.preflight.suite.SuiteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code preflight validate}: parses and type-checks suites without touching any data (for pre-commit hooks). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks suite files without touching data.", "Exit 0 when all are valid, 2 otherwise."},
        footer = {"", "Example (pre-commit hook):", "  preflight validate --suite suites/"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--suite", required = true, paramLabel = "FILE|DIR", description = "Suite file or directory. Repeatable.")
    List<Path> suites = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SuiteParser parser = new SuiteParser(CheckTypes.load(Thread.currentThread().getContextClassLoader()),
                ParameterSource.none(), Map.of(), Clock.systemDefaultZone());
        int files = 0;
        int invalid = 0;
        for (Path file : files()) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
            SuiteParser.Parsed parsed = parser.parse(text, new SourceLocation(file.toAbsolutePath().toUri(), file.toString(), 1, 1));
            if (parsed instanceof SuiteParser.Parsed.NotASuite) {
                continue;
            }
            files++;
            if (parsed instanceof SuiteParser.Parsed.Invalid bad) {
                invalid++;
                bad.problems().forEach(p -> err.println("✗ " + p));
            } else {
                var suite = ((SuiteParser.Parsed.Valid) parsed).suite();
                int checks = suite.datasets().stream().mapToInt(d -> d.checks().size()).sum();
                out.println("✓ " + file + ": suite " + suite.name() + ", " + suite.datasets().size() + " datasets, " + checks + " checks");
            }
        }
        if (files == 0) {
            throw new UsageException("no suites found in " + suites + " (suite files are .yaml/.yml starting with 'preflight: 1')");
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCode.OPEN.code() : ExitCode.USAGE.code();
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path suite : suites) {
            if (Files.isDirectory(suite)) {
                try (Stream<Path> walk = Files.walk(suite)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException("cannot list " + suite + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(suite)) {
                files.add(suite);
            } else {
                throw new UsageException("suite " + suite + " does not exist");
            }
        }
        return files;
    }

}
