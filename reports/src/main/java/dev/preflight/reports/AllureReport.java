package dev.preflight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
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
     * @param report the report's folder; replaced, after its history was taken
     * @param name the report's title
     */
    public static Generated generate(AllureCommandLine allure, Path results, Path report, String name, boolean singleFile) throws IOException {
        List<String> problems = new ArrayList<>();
        Path staging = report.resolveSibling("." + report.getFileName() + "-staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            copyFiles(results, staging);
            int buildOrder = carryHistory(report.resolve("history"), staging.resolve("history"), problems) + 1;
            ObjectNode executor = JSON.createObjectNode();
            executor.put("name", "Preflight");
            executor.put("type", "preflight");
            executor.put("buildName", name + " #" + buildOrder);
            executor.put("buildOrder", buildOrder);
            executor.put("reportName", name);
            ciUrl().ifPresent(url -> executor.put("buildUrl", url));
            Files.writeString(staging.resolve("executor.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(executor));
            allure.generate(List.of(staging), report, false);
            withoutAnalytics(report.resolve("index.html"));
            if (singleFile) {
                Path single = report.resolveSibling(report.getFileName() + "-single-file");
                allure.generate(List.of(staging), single, true);
                withoutAnalytics(single.resolve("index.html"));
            }
            return new Generated(report.resolve("index.html"), buildOrder, problems);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Copies the previous report's history files that are readable JSON.
     *
     * @return the highest build order the previous trend knows, 0 without one
     */
    static int carryHistory(Path previous, Path target, List<String> problems) throws IOException {
        if (!Files.isDirectory(previous)) {
            return 0;
        }
        Files.createDirectories(target);
        int buildOrder = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(previous, "*.json")) {
            for (Path file : files) {
                JsonNode content;
                try {
                    content = JsonFiles.read(file);
                } catch (IOException e) {
                    problems.add("the previous Allure history file " + file + " is corrupt (" + e.getMessage().lines().findFirst().orElse("")
                            + "); its trend starts again from this run");
                    continue;
                }
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                if (file.getFileName().toString().equals("history-trend.json") && content != null) {
                    for (JsonNode entry : content) {
                        buildOrder = Math.max(buildOrder, entry.path("buildOrder").asInt(0));
                    }
                    if (buildOrder == 0) {
                        buildOrder = content.size();
                    }
                }
            }
        }
        return buildOrder;
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
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
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
