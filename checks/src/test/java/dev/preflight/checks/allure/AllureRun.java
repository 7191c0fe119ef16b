package dev.preflight.checks.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One Allure results directory as the tests read it: results by test name, their labels, parameters and attachments. */
record AllureRun(Path directory, List<JsonNode> results) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Points Allure's global lifecycle, which both auto-registered listeners (Allure's and reports') use, at a new directory. */
    static void writeTo(Path directory) {
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(directory)));
    }

    static AllureRun read(Path directory) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                results.add(JSON.readTree(file.toFile()));
            }
        }
        return new AllureRun(directory, results);
    }

    JsonNode result(String checkId) {
        return results.stream().filter(r -> r.path("testCaseId").asText().endsWith("/" + checkId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for check " + checkId + " among " + results.size()));
    }

    static List<String> labels(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("labels").forEach(l -> {
            if (l.path("name").asText().equals(name)) {
                values.add(l.path("value").asText());
            }
        });
        return values;
    }

    static Map<String, String> parameters(JsonNode result) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        result.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p.path("value").asText()));
        return parameters;
    }

    Optional<String> attachment(JsonNode result, String namePrefix) throws IOException {
        for (JsonNode attachment : result.path("attachments")) {
            if (attachment.path("name").asText().startsWith(namePrefix)) {
                return Optional.of(Files.readString(directory.resolve(attachment.path("source").asText()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    String file(String name) throws IOException {
        return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
    }
}
