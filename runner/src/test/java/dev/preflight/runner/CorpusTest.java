package dev.preflight.runner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken suites and command lines, one file each under {@code src/test/resources/corpus/}, run on the real command
 * in this JVM against one small DuckDB warehouse ({@link Fixture}). Adding a case is adding a file.
 *
 * <p>A case file is the suite itself (its header comments are part of it, so its line numbers are the file's), with
 * a header that says how to call the command and what must come back:
 *
 * <pre>
 * # args: gate --suite {suite} --start-date 2026-02-30     (default: gate --suite {suite})
 * # exit: 2
 * # at: 12:24                                               (a suite mistake: the one line that names it)
 * # says: unknown key 'minn'                                (a fragment of what the user reads)
 * # never: s3cret                                           (optional: text that must not be printed, e.g. a canary)
 * </pre>
 *
 * {@code {suite}} is the case file written to a folder of its own, {@code {dir}} that folder, {@code {warehouse}}
 * (also in the suite's text) the warehouse file. Every case must exit as declared, say what it declares in one
 * line ({@code at}: exactly one line names the file with a line and column, and it is that one), show no stack
 * trace, leave the warehouse's bytes as they were, and write nothing outside its folder.
 */
class CorpusTest {

    private static final Pattern HEADER = Pattern.compile("^# (args|exit|at|says|never): ?(.*)$");
    private static final List<String> TRACES = List.of("\tat ", "Exception", "Caused by", "\n\t... ");

    @TempDir
    static Path root;

    private static Fixture fixture;

    @BeforeAll
    static void warehouse() throws Exception {
        fixture = Fixture.in(root);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE s.players AS SELECT d, 'p' || CAST(i AS VARCHAR) AS name, CASE WHEN i % 2 = 0 THEN 'ATL' ELSE 'BOS' END AS team,"
                    + " CAST(i AS INTEGER) AS points FROM s.cal, range(3) t(i)");
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource("corpus"), "no corpus on the class path").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("corpus cases").hasSizeGreaterThanOrEqualTo(150);
        return files.stream().map(file -> DynamicTest.dynamicTest(corpus.relativize(file).toString(), file.toUri(), () -> run(Case.read(corpus, file))));
    }

    private void run(Case c) throws IOException {
        Path dir = Files.createDirectories(root.resolve(c.name().replace('/', '_').replaceFirst("\\.[^.]*$", "")));
        Path suite = dir.resolve(c.fileName());
        Files.write(suite, c.content(fixture.warehouse));
        Set<String> outside = outside(dir);
        String warehouseBefore = sha256(fixture.warehouse);

        Cli.Run run = Cli.inProcess(c.args(suite, dir, fixture.warehouse));

        String printed = run.all();
        assertThat(run.exitCode()).as("exit code of %s%n%s", c.name(), printed).isEqualTo(c.exit());
        assertThat(printed).as("what %s prints", c.name()).contains(c.says(suite, dir, fixture.warehouse));
        if (c.never() != null) {
            assertThat(printed).as("what %s prints", c.name()).doesNotContain(c.never());
        }
        for (String trace : TRACES) {
            assertThat(printed).as("no stack trace in what %s prints", c.name()).doesNotContain(trace);
        }
        if (c.at() != null) {
            List<String> located = located(printed, c.fileName());
            assertThat(located).as("the one line of %s that names %s with a line and column%n%s", c.name(), c.fileName(), printed).hasSize(1);
            assertThat(located.get(0)).contains(c.fileName() + ":" + c.at() + ":", c.says(suite, dir, fixture.warehouse));
        }
        assertThat(sha256(fixture.warehouse)).as("the warehouse's bytes after %s", c.name()).isEqualTo(warehouseBefore);
        assertThat(outside(dir)).as("files outside the folder of %s", c.name()).isEqualTo(outside);
    }

    /** {@return the lines that name {@code file} with a line and a column} */
    private static List<String> located(String printed, String file) {
        Pattern location = Pattern.compile("(^|[\\s/])" + Pattern.quote(file) + ":\\d+:\\d+:");
        return printed.lines().filter(l -> location.matcher(l).find()).toList();
    }

    /** Every file under the class's folder but the case's own, and the working directory's (not {@code target/}). */
    private static Set<String> outside(Path caseDir) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.startsWith(caseDir)).forEach(p -> files.add(p.toString()));
        }
        try (Stream<Path> cwd = Files.list(Path.of("").toAbsolutePath())) {
            cwd.filter(p -> !p.getFileName().toString().equals("target")).forEach(p -> files.add(p.toString()));
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One case file: its header, and its bytes as written (a case may hold bytes that are not UTF-8 on purpose). */
    record Case(String name, String fileName, Map<String, String> header, byte[] bytes) {

        static Case read(Path corpus, Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                Map<String, String> header = new LinkedHashMap<>();
                for (String line : text(bytes).replaceFirst("^\ufeff", "").lines().toList()) {
                    Matcher m = HEADER.matcher(line);
                    if (!m.matches()) {
                        break;
                    }
                    header.put(m.group(1), m.group(2).trim());
                }
                assertThat(header).as("header of %s", file).containsKeys("exit", "says");
                return new Case(corpus.relativize(file).toString(), file.getFileName().toString(), header, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** UTF-8, or Latin-1 for a case that is not UTF-8 on purpose: it maps every byte to a char, so the header reads. */
        private static String text(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }

        int exit() {
            return Integer.parseInt(header.get("exit"));
        }

        String never() {
            return header.get("never");
        }

        String at() {
            return header.get("at");
        }

        String says(Path suite, Path dir, Path warehouse) {
            return fill(header.get("says"), suite, dir, warehouse);
        }

        /** The arguments, split on spaces; a single-quoted argument may hold spaces. */
        String[] args(Path suite, Path dir, Path warehouse) {
            String line = fill(header.getOrDefault("args", "gate --suite {suite}"), suite, dir, warehouse);
            List<String> args = new ArrayList<>();
            Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
            while (m.find()) {
                args.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return args.toArray(String[]::new);
        }

        byte[] content(Path warehouse) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.replace("{warehouse}", warehouse.toString()).getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String fill(String text, Path suite, Path dir, Path warehouse) {
            return text.replace("{suite}", suite.toString()).replace("{dir}", dir.toString()).replace("{warehouse}", warehouse.toString());
        }
    }
}
