package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;

import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.SuiteFilesLoader;
import dev.preflight.suite.SuiteParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code preflight validate}: parses and type-checks suites without touching any data (for pre-commit hooks). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks suite files without touching data.", "Exit 0 when all are valid, 2 otherwise."},
        footer = {"", "Example (a pre-commit hook; from the repository's folder):",
                "  ./preflight validate --suite checks/src/main/resources/preflight/nba/"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--suite", required = true, paramLabel = "FILE|DIR|classpath:NAME", converter = SuiteOptions.Location.class, description = "Suite file or directory. Repeatable.")
    List<String> suites = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunRequest request = new RunRequest(suites, null, null, Map.of(), List.of(), Map.<String, String>of());
        int invalid = 0;
        for (Map.Entry<String, SuiteParser.Parsed> file : new SuiteFilesLoader(request).parse(suites).entrySet()) {
            if (file.getValue() instanceof SuiteParser.Parsed.Invalid bad) {
                invalid++;
                bad.problems().forEach(p -> err.println("✗ " + p));
            } else if (file.getValue() instanceof SuiteParser.Parsed.Valid valid) {
                var suite = valid.suite();
                int checks = suite.datasets().stream().mapToInt(d -> d.checks().size()).sum();
                out.println("✓ " + file.getKey() + ": suite " + suite.name() + ", " + suite.datasets().size() + " datasets, " + checks + " checks");
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCode.OPEN.code() : ExitCode.USAGE.code();
    }
}
