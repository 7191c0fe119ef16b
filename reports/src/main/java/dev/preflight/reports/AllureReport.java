package dev.preflight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.source.Redaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns an Allure results directory into the Allure HTML report, carrying the previous report's {@code history/}
 * forward (the Allure 2 command line does not) so trend graphs grow run after run. The results directory is only
 * read: history and {@code executor.json} go into a staging copy.
 */
public final class AllureReport {

    /** What one generation produced. */
    public record Generated(Path index, int buildOrder, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureReport() {
    }

    /** @throws ReportException when the directory is missing or holds no result */
    public static void checkResults(Path results) {
        if (!Files.isDirectory(results)) {
            throw new ReportException("Allure results directory " + results + " does not exist; write it with "
                    + "`preflight gate … --allure-results " + results + "` (or Surefire's target/allure-results)");
        }
        try (Stream<Path> files = Files.list(results)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith("-result.json"))) {
                throw new ReportException("Allure results directory " + results + " holds no results (*-result.json); "
                        + "did the run write them somewhere else?");
            }
        } catch (IOException e) {
            throw new ReportException("cannot read Allure results directory " + results + ": " + e.getMessage());
        }
    }

    /**
     * What the report leads with: Allure shows the report name first on its overview, so it carries the verdict,
     * e.g. "phase3_for_phase4 · BLOCKED".
     *
     * @param suites the suites' names
     * @param word READY, DEGRADED or BLOCKED, or empty when not known
     * @param headline the summary's first sentence, or empty
     */
    public record Title(String suites, String word, String headline) {
        public static final Title NONE = new Title("", "", "");

        String reportName() {
            String name = suites.isEmpty() ? "Preflight" : suites;
            return word.isEmpty() ? name : name + " · " + word;
        }
    }

    /** The report's own record of which results it was built from, kept in its folder. */
    static final String BUILD_FILE = "preflight-build.json";
    /** The history the report was built on, so a rebuild from the same results replaces that build instead of adding one. */
    static final String HISTORY_BEFORE = "preflight-history-before";

    /**
     * Builds the report aside (beside {@code report}, so the final rename stays on one file system) and swaps it in,
     * so a reader or a crash never sees a half-written report.
     *
     * @param report the report's folder; replaced, after its history was taken
     */
    public static Generated generate(AllureCommandLine allure, Path results, Path report, Title title, boolean singleFile) throws IOException {
        List<String> problems = new ArrayList<>();
        Path parent = report.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, "." + report.getFileName() + "-building-");
        try {
            Path staging = building.resolve("results");
            Files.createDirectories(staging);
            copyFiles(results, staging);
            String run = runId(staging);
            JsonNode previous = readBuild(report);
            // The same results again (the same gate reported twice) rebuild their build; they are not a new point of the trend.
            boolean again = run.equals(previous.path("run").asText());
            Path history = again ? report.resolve(HISTORY_BEFORE) : report.resolve("history");
            int buildOrder = again ? previous.path("build").asInt(1) : carriedBuildOrder(report.resolve("history"), problems) + 1;
            carryHistory(history, staging.resolve("history"), again ? new ArrayList<>() : problems);
            Title shown = title.word().isEmpty() ? new Title(title.suites(), VerdictOfResults.read(staging), "") : title;
            writeExecutor(staging, shown, buildOrder);
            withVerdict(staging.resolve("environment.properties"), shown);
            Path built = building.resolve("report");
            allure.generate(List.of(staging), built, false);
            withoutAnalytics(built.resolve("index.html"));
            copyFiles(staging.resolve("history"), built.resolve(HISTORY_BEFORE));
            ObjectNode record = JSON.createObjectNode().put("run", run).put("build", buildOrder);
            Files.writeString(built.resolve(BUILD_FILE), JSON.writeValueAsString(record));
            Path single = report.resolveSibling(report.getFileName() + "-single-file");
            if (singleFile) {
                Path builtSingle = building.resolve("single-file");
                allure.generate(List.of(staging), builtSingle, true);
                withoutAnalytics(builtSingle.resolve("index.html"));
                swap(builtSingle, single, building.resolve("old-single-file"));
            } else {
                // A single-file report of an earlier run would now contradict this one.
                deleteTree(single);
            }
            swap(built, report, building.resolve("old"));
            return new Generated(report.resolve("index.html"), buildOrder, problems);
        } finally {
            deleteTree(building);
        }
    }

    /** Moves {@code built} to {@code target}, the old {@code target} first to {@code old} (deleted with the build folder). */
    private static void swap(Path built, Path target, Path old) throws IOException {
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeExecutor(Path staging, Title title, int buildOrder) throws IOException {
        ObjectNode executor = JSON.createObjectNode();
        executor.put("name", "Preflight");
        executor.put("type", "preflight");
        executor.put("buildName", title.reportName() + " #" + buildOrder);
        executor.put("buildOrder", buildOrder);
        executor.put("reportName", title.reportName());
        ciUrl().ifPresent(url -> executor.put("buildUrl", url));
        // The CI URL and the title come from the environment and the results: they pass the one redaction too.
        Files.writeString(staging.resolve("executor.json"), Redaction.redact(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(executor)));
    }

    /** Puts the verdict into the environment widget as well, which the overview shows beside the counts. */
    private static void withVerdict(Path environment, Title title) throws IOException {
        if (title.word().isEmpty()) {
            return;
        }
        String verdict = "Verdict=" + ascii(title.word() + (title.headline().isEmpty() ? "" : ": " + title.headline())) + "\n";
        String existing = Files.exists(environment) ? Files.readString(environment, StandardCharsets.ISO_8859_1) : "";
        Files.writeString(environment, verdict + existing, StandardCharsets.ISO_8859_1);
    }

    /** Java properties are ISO-8859-1: anything else is escaped. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** {@return the record the report folder keeps of its build, or a missing node} */
    private static JsonNode readBuild(Path report) {
        try {
            JsonNode build = JSON.readTree(report.resolve(BUILD_FILE).toFile());
            return build == null ? MissingNode.getInstance() : build;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** {@return identifies a set of results by their test results' names and contents (each has a fresh UUID per run)} */
    static String runId(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** @return the highest build order the previous trend knows, 0 without one */
    static int carriedBuildOrder(Path previous, List<String> problems) {
        int buildOrder = 0;
        try {
            JsonNode content = JSON.readTree(previous.resolve("history-trend.json").toFile());
            if (content != null) {
                for (JsonNode entry : content) {
                    buildOrder = Math.max(buildOrder, entry.path("buildOrder").asInt(0));
                }
                if (buildOrder == 0) {
                    buildOrder = content.size();
                }
            }
        } catch (IOException e) {
            // No previous trend, or a corrupt one that carryHistory reports.
        }
        return buildOrder;
    }

    /**
     * Copies the previous report's history files that are readable JSON.
     */
    static void carryHistory(Path previous, Path target, List<String> problems) throws IOException {
        if (!Files.isDirectory(previous)) {
            return;
        }
        Files.createDirectories(target);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(previous, "*.json")) {
            for (Path file : files) {
                try {
                    JsonFiles.read(file);
                } catch (IOException e) {
                    problems.add("the previous Allure history file " + file + " is corrupt (" + e.getMessage().lines().findFirst().orElse("")
                            + "); its trend starts again from this run");
                    continue;
                }
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Optional<String> ciUrl() {
        String github = System.getenv("GITHUB_RUN_ID");
        if (github != null && System.getenv("GITHUB_REPOSITORY") != null) {
            return Optional.of(System.getenv().getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/"
                    + System.getenv("GITHUB_REPOSITORY") + "/actions/runs/" + github);
        }
        for (String variable : new String[] {"BUILD_URL", "CI_JOB_URL"}) {
            if (System.getenv(variable) != null) {
                return Optional.of(System.getenv(variable));
            }
        }
        return Optional.empty();
    }

    private static final Pattern ANALYTICS_LOADER = Pattern.compile("(?s)[ \\t]*<script[^>]*googletagmanager[^>]*>\\s*</script>\\s*");
    private static final Pattern ANALYTICS_CALL = Pattern.compile("(?s)[ \\t]*<script>\\s*window\\.dataLayer(?:(?!</script>).)*</script>\\s*");

    /**
     * Takes Google Analytics out of the report's page: ALLURE_NO_ANALYTICS stops the generator's own call home, but
     * 2.34.0 still writes a gtag loader into index.html, which every reader's browser would fetch from the internet.
     */
    static void withoutAnalytics(Path index) throws IOException {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        String cleaned = ANALYTICS_CALL.matcher(ANALYTICS_LOADER.matcher(html).replaceAll("")).replaceAll("");
        if (!cleaned.equals(html)) {
            Files.writeString(index, cleaned, StandardCharsets.UTF_8);
        }
    }

    /** Removes the files an earlier run left in an Allure results directory (the demo's own), keeping anything else. */
    public static void clearResults(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return;
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("-result.json") || name.endsWith("-container.json") || name.contains("-attachment")
                        || name.equals("environment.properties") || name.equals("categories.json") || name.equals("executor.json")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                // Results from Surefire or the ConsoleLauncher were written by Allure's own writer: redacted on the way in.
                Files.write(target, Redaction.redact(Files.readAllBytes(file)));
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
