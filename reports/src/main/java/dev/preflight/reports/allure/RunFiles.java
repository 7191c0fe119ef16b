package dev.preflight.reports.allure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.engine.Constants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The run-level files of an Allure results directory: {@code environment.properties} (what was checked, where,
 * with which build) and {@code categories.json} (how failures group). Free of Allure types.
 * The version is this jar's: in the {@code preflight} command it is the one jar, elsewhere a build of the same
 * version as the engine.
 */
final class RunFiles {

    /** The start of every Preflight status message, e.g. {@code [FAILED] coverage: …}; categories match it. */
    static final String OUTCOME_TOKEN = "[%s] %s: %s";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFiles() {
    }

    /** @param suites the entries the suites that ran published when they finished */
    static String environment(List<Map<String, String>> suites) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Suites", join(suites, Constants.SUITE_NAME));
        entries.put("Suite files", join(suites, Constants.SUITE_SOURCE));
        entries.put("Warehouse", join(suites, Constants.SUITE_WAREHOUSE));
        entries.put("Window", join(suites, Constants.SUITE_WINDOW));
        entries.put("Preflight version", version());
        entries.put("Git revision", gitRevision());
        entries.put("Java", System.getProperty("java.version"));
        StringBuilder properties = new StringBuilder();
        entries.forEach((key, value) -> properties.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
        return properties.toString();
    }

    /**
     * Categories match the status message's outcome token and check type, and each result falls in one category
     * at most, so the categories' counts add up to tests, not to memberships: a failure by its check type, a warning
     * (broken, see {@link AllureStatusMessages}) under "Warnings", a passed check with waived dates under "Waived".
     */
    static String categories() {
        ArrayNode categories = JSON.createArrayNode();
        // failed: an error-severity check below target, or a warning that preflight.warnings=fail turned into a failure
        category(categories, "Missing data (coverage below target)", "(?s)\\[(FAILED|WARNED)\\] coverage: .*", "failed");
        category(categories, "Null rate above limit", "(?s)\\[(FAILED|WARNED)\\] (null_rate|completeness): .*", "failed");
        category(categories, "Duplicates", "(?s)\\[(FAILED|WARNED)\\] duplicates: .*", "failed");
        category(categories, "Dependency gaps", "(?s)\\[(FAILED|WARNED)\\] dependency: .*", "failed");
        category(categories, "Other checks below target",
                "(?s)\\[(FAILED|WARNED)\\] (?!(coverage|null_rate|completeness|duplicates|dependency):).*", "failed");
        category(categories, "Warnings: below target, gate stays open (degraded)", "(?s)\\[WARNED\\] .*", "broken");
        category(categories, "Waived: approved exceptions", "(?s)\\[PASSED\\] .* · waived: .*", "passed");
        category(categories, "Could not verify (warehouse)", "(?s)\\[ERRORED\\] .*", "broken");
        category(categories, "Suite errors", "(?s)\\[INVALID\\] .*", "broken");
        category(categories, "Not applicable", "(?s)\\[NOT_APPLICABLE\\] .*", "skipped");
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(categories);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void category(ArrayNode categories, String name, String regex, String... statuses) {
        ObjectNode category = categories.addObject();
        category.put("name", name);
        ArrayNode matched = category.putArray("matchedStatuses");
        for (String status : statuses) {
            matched.add(status);
        }
        category.put("messageRegex", regex);
    }

    private static String join(List<Map<String, String>> suites, String key) {
        Set<String> values = new LinkedHashSet<>();
        suites.forEach(s -> values.add(s.getOrDefault(key, "")));
        return String.join(", ", values);
    }

    static String version() {
        String version = RunFiles.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** {@return the checked-out revision of the working directory's repository, or what CI says it built} */
    static String gitRevision() {
        for (String variable : new String[] {"GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT", "BUILD_VCS_NUMBER"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.length() > 12 ? value.substring(0, 12) : value;
            }
        }
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
            git.getOutputStream().close();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "unknown";
            }
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && output.matches("[0-9a-f]{7,40}") ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Java properties escaping: Allure reads the file with {@code Properties.load}, which is ISO-8859-1. */
    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String statusMessage(String outcome, String type, String message) {
        return String.format(Locale.ROOT, OUTCOME_TOKEN, outcome, type, message);
    }
}
