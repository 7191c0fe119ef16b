package dev.preflight.runner;

import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.UsageException;

import dev.preflight.source.Redaction;
import dev.preflight.source.SuiteDefinitionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** The {@code preflight} command. */
@Command(name = "preflight", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Data-quality gates for data pipelines: declarative YAML suites, run as JUnit Platform tests.", ""},
        footer = {"", "Exit codes: 0 gate open, 1 gate closed, 2 usage or suite error,",
                "3 could not verify (docs/exit-codes.md).", "",
                "Examples, from the repository's folder (./preflight demo comes first):",
                "  ./preflight demo",
                "  ./preflight gate --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb",
                "  ./preflight report --dir preflight-demo --single-file"})
public final class Main implements Runnable {

    /**
     * The commands, in the order help lists them. Added by {@link #commandLine}, not by the annotation: picocli reads
     * every command's annotations as it adds it, and a gate's start-up should not pay for the other ten.
     */
    private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, DemoJobCommand.class, GateCommand.class, PlanCommand.class,
            ReportCommand.class, ValidateCommand.class, SuggestCommand.class, RunCommand.class, BackfillCommand.class, BenchCommand.class,
            HistoryCommand.class, CommandLine.HelpCommand.class);

    /** {@return the command line: only the named command when the arguments start with one, else all (help, typos)} */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        // help lists every command, and a typo is answered with the nearest ones: both need all of them.
        List<Class<?>> named = "help".equals(first) ? List.of() : COMMANDS.stream().filter(command -> first.equals(name(command))).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            commandLine.addSubcommand(name(command), new CommandLine(command));
        }
        return commandLine;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Prints stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UsageException("name a command: gate, plan, backfill, run, report, validate, suggest or demo");
    }

    public static void main(String[] args) {
        dev.preflight.runner.bench.ProcessProbe.reportHeapAtExit();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line and returns the exit code; never throws. Everything the command prints passes
     * {@link Redaction} first. An {@link Error} (out of memory, a stack overflow) means the run could not verify
     * anything: exit 3 with one line, never the JVM's exit 1 and its trace.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = Redaction.writer(rawOut);
        PrintWriter err = Redaction.writer(rawErr);
        try {
            return execute(args, out, err);
        } catch (Throwable e) {
            // picocli hands only Exceptions to the handler below; an Error reaches here (JUnit rethrows
            // OutOfMemoryError too). Whatever memory the failed allocation wanted is free again by now.
            return fail(e, List.of(args).contains("--debug"), err).code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // picocli appends the converter's exception, e.g. "(java.lang.NumberFormatException: Character c is
            // neither a decimal digit …)": Java's words for what the option's own text already says.
            err.println("preflight: " + e.getMessage().replaceFirst(" \\((java|javax)\\.[\\w.$]+(Exception|Error)\\b.*\\)$", ""));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE.code();
        });
        commandLine.setExecutionExceptionHandler((e, command, parseResult) ->
                fail(e, parseResult.originalArgs().contains("--debug"), err).code());
        return commandLine.execute(args);
    }

    /** One line on standard error, and the stack trace only when asked for with {@code --debug}. */
    private static ExitCode fail(Throwable e, boolean debug, PrintWriter err) {
        ExitCode code = exitCode(e);
        err.println("preflight: " + (code == ExitCode.UNVERIFIED ? "could not verify: " : "") + message(e));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static ExitCode exitCode(Throwable e) {
        if (e instanceof UsageException || e instanceof SuiteDefinitionException) {
            return ExitCode.USAGE;
        }
        return ExitCode.UNVERIFIED;
    }

    private static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            // "Java heap space", "Metaspace", …; HotSpot may add its own detail after a colon.
            String where = e.getMessage() == null ? "" : " (" + e.getMessage().replaceFirst(":.*", "") + ")";
            return "out of memory" + where + "; give the JVM more heap (-Xmx) or split the suites";
        }
        if (e instanceof StackOverflowError) {
            return "the stack overflowed; give the JVM a larger stack (-Xss) or nest the input less deeply";
        }
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
