package dev.preflight.checks.schema;

import dev.preflight.source.Problem;
import dev.preflight.suite.SuiteParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs show what the code does: every complete suite in docs/*.md is accepted by the parser and the schema (or,
 * when it is the example of mistakes, gives exactly the problems printed below it), the annotated example is the
 * suite that NbaExampleSuiteTest runs, and the Java the docs show is the Java that the tests compile and run.
 */
class DocsTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```\\n");
    private static final String MISTAKES = "# a suite with mistakes\n";
    private static final Pattern SUITE = Pattern.compile("(?m)^preflight: 1\\b");

    record Block(Path file, String language, String text) {
    }

    private static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Repository.root().resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                Matcher fence = FENCE.matcher(Files.readString(doc));
                while (fence.find()) {
                    blocks.add(new Block(doc, fence.group(1), fence.group(2)));
                }
            }
        }
        return blocks;
    }

    @Test
    void everyCompleteSuiteInTheDocsIsValid() throws IOException {
        SuiteSchema schema = SuiteSchema.load();
        List<Block> suites = blocks().stream()
                .filter(b -> b.language().equals("yaml") && SUITE.matcher(b.text()).find() && !b.text().startsWith(MISTAKES))
                .collect(Collectors.toList());
        assertThat(suites).hasSizeGreaterThanOrEqualTo(1);
        for (Block suite : suites) {
            assertThat(SuiteSchema.parse(suite.text())).as("parser on a suite in %s:%n%s", suite.file(), suite.text())
                    .isInstanceOf(SuiteParser.Parsed.Valid.class);
            assertThat(schema.validate(suite.text())).as("schema on a suite in %s:%n%s", suite.file(), suite.text()).isEmpty();
        }
    }

    @Test
    void theSuiteWithMistakesGivesTheProblemsShown() throws IOException {
        List<Block> blocks = blocks();
        int index = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().startsWith(MISTAKES)) {
                index = i;
            }
        }
        assertThat(index).as("a yaml block starting with '%s'", MISTAKES.trim()).isNotNegative();
        // As a user sees it: without the check types that only these tests define.
        SuiteParser.Parsed parsed = SuiteSchema.parse(blocks.get(index).text(), SuiteSchema.shipped());
        assertThat(parsed).isInstanceOf(SuiteParser.Parsed.Invalid.class);
        String problems = ((SuiteParser.Parsed.Invalid) parsed).problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        Block shown = blocks.get(index + 1);
        assertThat(shown.language()).isEqualTo("text");
        assertThat(shown.text()).isEqualTo(problems);
        assertThat(SuiteSchema.load().validate(blocks.get(index).text())).as("the schema sees mistakes too").isNotEmpty();
    }

    @Test
    void theAnnotatedExampleIsTheSuiteTheTestsRun() throws IOException {
        String example = Files.readString(Repository.file("checks/src/test/resources/preflight/examples/nba_example.yaml"));
        assertThat(blocks()).filteredOn(b -> b.file().endsWith("suite-format.md") && b.language().equals("yaml"))
                .extracting(Block::text).contains(example);
    }

    @Test
    void theJavaInTheDocsIsTheJavaTheTestsRun() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repository.root().resolve("checks/src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                sources.add(Files.readString(file));
            }
        }
        List<Block> java = blocks().stream().filter(b -> b.language().equals("java")).collect(Collectors.toList());
        assertThat(java).as("java blocks in the docs").isNotEmpty();
        for (Block block : java) {
            assertThat(sources).as("a source file containing this block of %s:%n%s", block.file(), block.text())
                    .anyMatch(source -> source.contains(block.text()));
        }
    }

    @Test
    void theServicesLineInTheDocsIsTheOneOnTheClassPath() throws IOException {
        String services = Files.readString(Repository.file("checks/src/test/resources/META-INF/services/dev.preflight.check.CheckType"));
        assertThat(blocks()).filteredOn(b -> b.file().endsWith("adding-a-check-type.md") && b.language().equals("text"))
                .extracting(Block::text).contains(services);
    }

    @Test
    void schemaModelinesPointAtTheSchema() throws IOException {
        Pattern modeline = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$", Pattern.MULTILINE);
        List<Path> suites = new ArrayList<>();
        for (String dir : List.of("checks/src/main/resources", "checks/src/test/resources")) {
            try (Stream<Path> files = Files.walk(Repository.root().resolve(dir))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).collect(Collectors.toList())) {
                    if (Files.readString(file).contains("\npreflight: 1")) {
                        suites.add(file);
                    }
                }
            }
        }
        assertThat(suites).anySatisfy(p -> assertThat(p.toString()).endsWith("phase3_for_phase4.yaml"));
        for (Path suite : suites) {
            Matcher m = modeline.matcher(Files.readString(suite));
            assertThat(m.find()).as("%s has a schema modeline", suite).isTrue();
            Path target = suite.getParent().resolve(m.group(1)).normalize();
            assertThat(target).as("the modeline of %s", suite).isEqualTo(Repository.file("docs/suite.schema.json").normalize());
        }
    }
}
