package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;

import dev.preflight.source.Redaction;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.warehouse.WarehouseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code preflight} command. */
@Command(name = "preflight", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {DemoCommand.class, GateCommand.class, PlanCommand.class, ReportCommand.class, ValidateCommand.class, RunCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        description = {"Data-quality gates for data pipelines: declarative YAML suites, run as JUnit Platform tests.", ""},
        footer = {"", "Exit codes: 0 gate open, 1 gate closed, 2 usage or suite error,",
                "3 could not verify (docs/exit-codes.md).", "",
                "Examples, from the repository's folder (./preflight demo comes first):",
                "  ./preflight demo",
                "  ./preflight gate --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb",
                "  ./preflight report --dir preflight-demo --single-file"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Prints stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UsageException("name a command: gate, plan, report, validate or demo");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line and returns the exit code; never throws for a user's mistake. Everything the command
     * prints passes {@link Redaction} first.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Redaction.writer(rawOut);
        PrintWriter err = Redaction.writer(rawErr);
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("preflight: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE.code();
        });
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            ExitCode code = exitCode(e);
            err.println("preflight: " + (code == ExitCode.UNVERIFIED ? "could not verify: " : "") + message(e));
            if (debug) {
                e.printStackTrace(err);
            } else if (!(e instanceof UsageException || e instanceof SuiteDefinitionException || e instanceof WarehouseException)) {
                err.println("(run with --debug for the stack trace)");
            }
            err.flush();
            return code.code();
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static ExitCode exitCode(Throwable e) {
        if (e instanceof UsageException || e instanceof SuiteDefinitionException) {
            return ExitCode.USAGE;
        }
        return ExitCode.UNVERIFIED;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"preflight " + (version == null ? "(development build)" : version)};
        }
    }
}
