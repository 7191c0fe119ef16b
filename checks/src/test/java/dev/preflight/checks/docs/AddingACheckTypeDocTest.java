package dev.preflight.checks.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.preflight.check.CheckType;
import dev.preflight.check.CheckTypes;
import dev.preflight.engine.Constants;
import dev.preflight.testing.DuckDbFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * docs/adding-a-check-type.md, followed line by line: its Java is compiled as it stands, its services line registers
 * the type, its suite runs through the engine on a real DuckDB table, and every outcome, name and message the page
 * shows is the one the run gives. One test per claim of the page.
 *
 * <p>The page's classes also live in this module's test sources (dev.preflight.checks.example), registered in its
 * test services file. So that the run here proves the page's own code and its own services line, the compiled
 * classes are loaded first by their own loader, and that loader hides the test sources' registration.
 */
class AddingACheckTypeDocTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```\\n");
    private static final Pattern HEADING = Pattern.compile("(?m)^## (.*)$");
    private static final Pattern TYPE_NAME = Pattern.compile("(?m)^public (?:final )?(?:class|record|interface|enum) (\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)\\.[\\w*]+;");
    private static final String SERVICES = "META-INF/services/" + CheckType.class.getName();
    /** The check SPI: the only framework packages a check type may use. */
    private static final List<String> SPI = List.of("source", "model", "calendar", "metric", "yaml", "check");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fenced block of the page, with the heading of the section it is in. */
    record Block(String section, String language, String text) {
    }

    @TempDir
    static Path work;

    private static String page;
    private static List<Block> blocks;
    private static Path classes;
    private static Path services;
    private static ClassLoader docLoader;
    private static EngineExecutionResults run;

    @BeforeAll
    static void followThePage() throws IOException {
        page = Files.readString(root().resolve("docs/adding-a-check-type.md"));
        blocks = blocks(page);
        classes = Files.createDirectories(work.resolve("classes"));
        List<String> problems = compile(javaSources(), testClassPath(), classes);
        assertThat(problems).as("javac on the page's Java").isEmpty();
        services = Files.createDirectories(work.resolve("services"));
        writeServices(services, block("Register it", "text", 0).text());
        docLoader = new PageClassLoader(List.of(classes, services), AddingACheckTypeDocTest.class.getClassLoader());
        run = runSuite(work.resolve("run"), suite());
    }

    @Test
    void theJavaCompilesAgainstTheCheckSpiAlone() throws IOException {
        for (String source : javaSources()) {
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String pkg = imports.group(1);
                assertThat(pkg.startsWith("java.") || SPI.stream().anyMatch(p -> pkg.equals("dev.preflight." + p)))
                        .as("import of %s in the page's Java: java.* or the check SPI only", pkg).isTrue();
            }
        }
        // The proof: the framework's SPI packages alone, and no other class of Preflight, are enough for javac.
        Path spiOnly = copySpiClasses(Files.createDirectories(work.resolve("spi-only")));
        Path out = Files.createDirectories(work.resolve("spi-compiled"));
        assertThat(compile(javaSources(), spiOnly.toString(), out)).isEmpty();
        assertThat(spiOnly.resolve("dev/preflight/suite")).doesNotExist();
        assertThat(spiOnly.resolve("dev/preflight/engine")).doesNotExist();
    }

    @Test
    void theServicesLineIsWhatRegistersTheType() throws Exception {
        CheckType registered = CheckTypes.load(docLoader).find("max_rows_per_date").orElseThrow();
        assertThat(registered.getClass().getClassLoader()).as("the page's compiled class").isSameAs(docLoader);
        assertThat(registered.getClass().getName() + "\n").isEqualTo(block("Register it", "text", 0).text());

        try (URLClassLoader withoutTheLine = new PageClassLoader(List.of(classes), AddingACheckTypeDocTest.class.getClassLoader())) {
            assertThat(CheckTypes.load(withoutTheLine).find("max_rows_per_date")).isEmpty();
        }
    }

    @Test
    void theSuiteRunsAsOneFailingAndOnePassingTest() {
        String fails = claimed("`([^`]+)`, which fails");
        String passes = claimed("`([^`]+)`, which passes");

        run.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1).aborted(0));
        assertThat(finished(TestExecutionResult.Status.FAILED)).containsExactly(fails);
        assertThat(finished(TestExecutionResult.Status.SUCCESSFUL)).containsExactly(passes);
    }

    @Test
    void theFailureMessageIsTheOneShown() {
        String shown = block("A suite using it", "text", 0).text();

        assertThat(failure().getMessage() + "\n").isEqualTo(shown);
    }

    @Test
    void theFailureCarriesTheExpectedAndActualValuesShown() {
        Matcher claim = Pattern.compile("has expected `([^`]+)` and actual `([^`]+)`").matcher(page);
        assertThat(claim.find()).as("the page names the expected and actual values").isTrue();

        assertThat(failure()).isInstanceOfSatisfying(AssertionFailedError.class, error -> {
            assertThat(error.getExpected().getValue()).isEqualTo(claim.group(1));
            assertThat(error.getActual().getValue()).isEqualTo(claim.group(2));
        });
    }

    @Test
    void theReportEntriesCarryTheOutcomeAndObservationsShown() {
        String sentence = claimed("its report entries carry((?:[^`.]|`[^`]*`)*)\\.");
        Map<String, String> claimed = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("`(preflight\\.[\\w.]+)=([^`]+)`").matcher(sentence);
        while (pair.find()) {
            claimed.put(pair.group(1), pair.group(2));
        }
        assertThat(claimed).containsKeys(Constants.OUTCOME, "preflight.observed.dates_over");

        Map<String, String> published = new LinkedHashMap<>();
        String failed = finished(TestExecutionResult.Status.FAILED).get(0);
        run.allEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(failed))
                .forEach(e -> published.putAll(e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()));
        assertThat(published).containsAllEntriesOf(claimed);
    }

    @Test
    void aMistakeInTheSettingsGivesTheProblemsShown() throws IOException {
        String mistake = claimed("A mistake in the settings, `max_rows_per_date: (\\{[^`]+})` in the first check");
        String invalidTest = claimed("gives one `([^`]+)`\\s+test that fails");
        String suite = suite().replaceFirst("max_rows_per_date: \\{max: 10}", "max_rows_per_date: " + Matcher.quoteReplacement(mistake));
        assertThat(suite).isNotEqualTo(suite());

        EngineExecutionResults results = runSuite(work.resolve("mistake"), suite);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Event invalid = results.testEvents().failed().stream().findFirst().orElseThrow();
        assertThat(invalid.getTestDescriptor().getDisplayName()).isEqualTo(invalidTest);
        String message = invalid.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow().getMessage();
        // The engine names the file as it was selected; the page's suite is ./suite.yaml.
        String asShown = message.replaceAll("(?m)^(\\s*)\\S*/suite\\.yaml:", "$1suite.yaml:");
        assertThat(asShown + "\n").isEqualTo(block("A suite using it", "text", 1).text());
    }

    @Test
    void twoClassesUnderOneNameStopTheEngineWithAnErrorNamingBoth() throws IOException {
        assertThat(page).contains("Two jars that register different classes under one name stop the engine with an error naming both.");
        Path otherClasses = Files.createDirectories(work.resolve("other-classes"));
        String other = """
                package com.example.other;

                import dev.preflight.check.CheckSpec;
                import dev.preflight.check.CheckType;
                import dev.preflight.check.DatasetInfo;
                import dev.preflight.yaml.MappingReader;

                import java.util.Optional;

                public final class OtherMaxRowsPerDate implements CheckType {
                    @Override
                    public String name() {
                        return "max_rows_per_date";
                    }

                    @Override
                    public Optional<CheckSpec> parse(MappingReader arguments, DatasetInfo dataset) {
                        return Optional.empty();
                    }
                }
                """;
        assertThat(compile(List.of(other), testClassPath(), otherClasses)).isEmpty();
        Path otherServices = Files.createDirectories(work.resolve("other-services"));
        writeServices(otherServices, "com.example.other.OtherMaxRowsPerDate\n");

        try (URLClassLoader both = new PageClassLoader(List.of(otherClasses, otherServices), docLoader)) {
            assertThatThrownBy(() -> CheckTypes.load(both))
                    .hasMessageContaining("max_rows_per_date")
                    .hasMessageContaining("dev.preflight.checks.example.MaxRowsPerDateCheckType")
                    .hasMessageContaining("com.example.other.OtherMaxRowsPerDate");

            Path dir = Files.createDirectories(work.resolve("both"));
            Path file = dir.resolve("suite.yaml");
            Files.writeString(file, suite());
            Throwable stopped = catchEngineFailure(both, file);
            assertThat(stopped).as("the engine's run stops").isNotNull();
            assertThat(stackMessages(stopped))
                    .contains("dev.preflight.checks.example.MaxRowsPerDateCheckType")
                    .contains("com.example.other.OtherMaxRowsPerDate");
        }
    }

    @Test
    void theSchemaBranchAndDefinitionShownValidateTheSuite() throws IOException {
        ObjectNode schema = (ObjectNode) JSON.readTree(Files.readString(root().resolve("docs/suite.schema.json")));
        JsonNode branch = JSON.readTree(block("The schema", "json", 0).text());
        JsonNode definition = JSON.readTree(block("The schema", "json", 1).text());
        JsonNode suite = YAML.readTree(suite());
        JsonNode mistake = YAML.readTree(suite().replaceFirst("\\{max: 10}", "{maximum: 10}"));
        assertThat(validate(schema, suite)).as("the shipped schema knows only the built-in types").isNotEmpty();

        ((ArrayNode) schema.at("/definitions/check/oneOf")).add(branch);
        ((ObjectNode) schema.get("definitions")).set("max_rows_per_date", definition);

        assertThat(validate(schema, suite)).isEmpty();
        assertThat(validate(schema, mistake)).isNotEmpty();
    }

    // --- the page

    private static List<Block> blocks(String text) {
        List<Block> found = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            String section = "";
            Matcher heading = HEADING.matcher(text.substring(0, fence.start()));
            while (heading.find()) {
                section = heading.group(1);
            }
            found.add(new Block(section, fence.group(1), fence.group(2)));
        }
        return found;
    }

    /** {@return the index-th block of a language in the section whose heading ends with {@code section}} */
    private static Block block(String section, String language, int index) {
        List<Block> matching = blocks.stream().filter(b -> b.section().endsWith(section) && b.language().equals(language)).toList();
        assertThat(matching).as("%s blocks in section '%s'", language, section).hasSizeGreaterThan(index);
        return matching.get(index);
    }

    /** {@return the page's complete Java files: the blocks that start with a package declaration} */
    private static List<String> javaSources() {
        List<String> sources = blocks.stream().filter(b -> b.language().equals("java") && b.text().startsWith("package "))
                .map(Block::text).toList();
        assertThat(sources).as("the CheckType and the CheckSpec").hasSize(2);
        return sources;
    }

    /** {@return the suite of "A suite using it", the one complete suite on the page} */
    private static String suite() {
        String suite = block("A suite using it", "yml", 0).text();
        assertThat(suite).startsWith("preflight: 1\n").contains("max_rows_per_date:");
        return suite;
    }

    /** {@return the text of the first group of {@code regex} in the page's prose} */
    private static String claimed(String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as("the page says /%s/", regex).isTrue();
        return m.group(1);
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/adding-a-check-type.md")) && Files.isDirectory(dir.resolve("checks"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/adding-a-check-type.md above " + Path.of("").toAbsolutePath());
    }

    // --- compiling and registering

    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** {@return javac's errors, empty when the sources compiled into {@code out}} */
    private static List<String> compile(List<String> sources, String classPath, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK, not a JRE").isNotNull();
        Path src = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
        List<File> files = new ArrayList<>();
        for (String source : sources) {
            Matcher pkg = PACKAGE.matcher(source);
            Matcher type = TYPE_NAME.matcher(source);
            assertThat(pkg.find() && type.find()).as("a package and a public type in:%n%s", source).isTrue();
            Path file = src.resolve(pkg.group(1).replace('.', '/')).resolve(type.group(1) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            files.add(file.toFile());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", classPath, "-proc:none", "--release", "17");
            javac.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromFiles(files)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
    }

    /** Copies the check SPI's packages, and nothing else, out of the framework's classes. */
    private static Path copySpiClasses(Path target) throws IOException {
        Path location;
        try {
            location = Path.of(CheckType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(location)) {
            copyPackages(location, target);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                copyPackages(jar.getPath("/"), target);
            }
        }
        return target;
    }

    private static void copyPackages(Path classesRoot, Path target) throws IOException {
        for (String pkg : SPI) {
            Path dir = classesRoot.resolve("dev/preflight/" + pkg);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Path copy = target.resolve("dev/preflight/" + pkg).resolve(file.getFileName().toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void writeServices(Path dir, String lines) throws IOException {
        Path file = dir.resolve(SERVICES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines);
    }

    /**
     * The class path of a jar that holds the page's classes: its own classes first, even where this module's test
     * sources have classes of the same name, and no check-type registration from this module's test sources.
     */
    private static final class PageClassLoader extends URLClassLoader {

        private static final String TEST_CLASSES = AddingACheckTypeDocTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toString();

        PageClassLoader(List<Path> roots, ClassLoader parent) {
            super(urls(roots), parent);
        }

        private static URL[] urls(List<Path> roots) {
            try {
                List<URL> urls = new ArrayList<>();
                for (Path root : roots) {
                    urls.add(root.toUri().toURL());
                }
                return urls.toArray(URL[]::new);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null && findResource(name.replace('.', '/') + ".class") != null) {
                    type = findClass(name);
                }
                if (type == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> found = Collections.list(super.getResources(name));
            if (name.equals(SERVICES)) {
                found.removeIf(url -> url.toString().startsWith(TEST_CLASSES));
            }
            return Collections.enumeration(found);
        }
    }

    // --- running

    /** Runs a suite through the engine, as Surefire would with the page's jar on the class path. */
    private static EngineExecutionResults runSuite(Path dir, String suite) throws IOException {
        Files.createDirectories(dir);
        Path database = dir.resolve("nba.duckdb");
        // Ten rows a date (one per team) from 2025-01-01 to 2025-01-05; 2025-01-03 was loaded twice.
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("CREATE SCHEMA nba_analytics",
                    "CREATE TABLE nba_analytics.team_offense_game_summary AS "
                            + "SELECT DATE '2025-01-01' + CAST(d AS INTEGER) AS game_date, 'team_' || t AS team_abbr "
                            + "FROM range(5) a(d), range(10) b(t)",
                    "INSERT INTO nba_analytics.team_offense_game_summary "
                            + "SELECT * FROM nba_analytics.team_offense_game_summary WHERE game_date = DATE '2025-01-03'");
        }
        Path file = dir.resolve("suite.yaml");
        Files.writeString(file, suite);
        return withContextLoader(docLoader, () -> EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameter(Constants.PARAMETER_PREFIX + "warehouse", database.toString())
                .selectors(selectFile(file.toFile())).execute());
    }

    /** {@return what stopped the engine's run of {@code suite} with {@code loader}, or null when nothing did} */
    private static Throwable catchEngineFailure(ClassLoader loader, Path suite) {
        try {
            EngineExecutionResults results = withContextLoader(loader,
                    () -> EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectFile(suite.toFile())).execute());
            return results.containerEvents().failed().stream().findFirst()
                    .flatMap(e -> e.getPayload(TestExecutionResult.class)).flatMap(TestExecutionResult::getThrowable).orElse(null);
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static String stackMessages(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                messages.add(String.valueOf(suppressed.getMessage()));
            }
        }
        return String.join("\n", messages);
    }

    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@return the display names of the tests of the page's run that finished with {@code status}} */
    private static List<String> finished(TestExecutionResult.Status status) {
        return run.testEvents().finished().stream()
                .filter(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getStatus() == status)
                .map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toList());
    }

    private static Throwable failure() {
        return run.testEvents().failed().stream().findFirst().flatMap(e -> e.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    private static Set<ValidationMessage> validate(JsonNode schema, JsonNode suite) {
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        return compiled.validate(suite);
    }
}
