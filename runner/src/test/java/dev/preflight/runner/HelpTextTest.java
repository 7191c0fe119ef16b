package dev.preflight.runner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help a newcomer reads: no line wrapped by picocli in the middle of a command, every subcommand's summary
 * whole in the top-level list, and the examples that say they run after {@code ./preflight demo} do run, as pasted.
 */
class HelpTextTest {

    /** picocli's default usage width: a longer line is wrapped wherever it falls. */
    private static final int WIDTH = 80;
    /** Commands whose examples run against the demo's warehouse, and the exit code each example's command gives. */
    private static final Map<String, Integer> EXPECTED_EXIT = Map.of("gate", 1, "plan", 0, "report", 0, "backfill", 0, "demo-job", 0,
            "suggest", 0);

    @TempDir
    static Path dir;

    @Test
    void should_keep_every_help_line_within_the_usage_width() {
        for (String command : List.of("", "demo", "demo-job", "gate", "plan", "report", "validate", "run", "backfill", "bench", "history")) {
            String help = help(command);
            assertThat(help.lines()).as("preflight " + command + " --help").allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(WIDTH));
        }
    }

    @Test
    void should_show_each_commands_summary_whole_in_the_top_level_list() {
        assertThat(help("")).contains("  report    Builds the stakeholder summary and the Allure report of a gate run.\n");
    }

    @TestFactory
    Stream<DynamicTest> the_examples_run_as_pasted_after_the_demo() throws Exception {
        assertThat(Cli.run(dir, "demo").exitCode()).isZero();
        List<DynamicTest> tests = new ArrayList<>();
        for (String command : List.of("gate", "plan", "report", "backfill", "demo-job", "suggest")) {
            for (String example : examples(help(command))) {
                String[] args = example.substring("./preflight ".length()).trim().split("\\s+");
                int expected = EXPECTED_EXIT.get(args[0]);
                tests.add(DynamicTest.dynamicTest(example, () -> {
                    Cli.Run run = Cli.run(dir, args);
                    assertThat(run.exitCode()).as(run.all()).isEqualTo(expected);
                    assertThat(run.all()).doesNotContain("\tat ");
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    /** {@return the footer's "./preflight …" examples, continuation lines joined, in order; templates with "…" left out} */
    static List<String> examples(String help) {
        List<String> examples = new ArrayList<>();
        String footer = help.substring(help.indexOf("Examples"));
        StringBuilder current = null;
        for (String line : footer.lines().skip(1).toList()) {
            if (!line.isBlank() && !line.startsWith(" ")) {
                break;
            }
            String text = line.strip();
            if (current == null && text.startsWith("./preflight ") && !text.contains("…") && !text.startsWith("./preflight demo")) {
                current = new StringBuilder();
            }
            if (current != null) {
                String code = text.replaceAll("\\s+#.*$", "");
                current.append(code.endsWith("\\") ? code.substring(0, code.length() - 1) : code).append(' ');
                if (!code.endsWith("\\")) {
                    examples.add(current.toString().trim());
                    current = null;
                }
            }
        }
        return examples;
    }

    private static String help(String command) {
        StringWriter out = new StringWriter();
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        assertThat(Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()))).as(Arrays.toString(args)).isZero();
        return out.toString();
    }
}
