package dev.preflight.checks.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.DisallowUnknownJsonMetaSchemaFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.preflight.check.CheckType;
import dev.preflight.check.CheckTypes;
import dev.preflight.model.ParameterSource;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/** docs/suite.schema.json, and the parser it must agree with, for tests. */
final class SuiteSchema {

    /** Keywords editors read that are not JSON Schema: VS Code's YAML extension reads all three. */
    static final List<String> EDITOR_KEYWORDS = List.of("markdownDescription", "patternErrorMessage", "defaultSnippets");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchema schema;

    private SuiteSchema(JsonNode document, JsonSchema schema) {
        this.document = document;
        this.schema = schema;
    }

    /**
     * Loads the schema with a draft-07 meta-schema that rejects unknown keywords, so a misspelt keyword
     * ("requried") fails instead of being ignored.
     */
    static SuiteSchema load() {
        JsonNode document = readJson(Repository.file("docs/suite.schema.json"));
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV7());
        EDITOR_KEYWORDS.forEach(keyword -> meta.keyword(new NonValidationKeyword(keyword)));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .metaSchema(meta.build())
                .metaSchemaFactory(DisallowUnknownJsonMetaSchemaFactory.getInstance()));
        return new SuiteSchema(document, factory.getSchema(document));
    }

    JsonNode document() {
        return document;
    }

    /** {@return the schema's complaints about a suite written as YAML, as "path: message" lines} */
    List<String> validate(String yaml) {
        return validate(readYaml(yaml));
    }

    List<String> validate(JsonNode suite) {
        Set<ValidationMessage> messages = schema.validate(suite);
        return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
    }

    /** {@return the names in the oneOf of a check item: one per documented check type} */
    Set<String> checkTypes() {
        return stream(document.at("/definitions/check/oneOf"))
                .map(branch -> branch.at("/required/0").asText())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static JsonNode readYaml(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            return node == null ? JSON.nullNode() : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser as the engine builds it, with every check type on the test class path and a fixed clock. */
    static SuiteParser.Parsed parse(String yaml) {
        return parse(yaml, CheckTypes.load(SuiteSchema.class.getClassLoader()));
    }

    static SuiteParser.Parsed parse(String yaml, CheckTypes types) {
        SuiteParser parser = new SuiteParser(types, ParameterSource.none(), Map.of(),
                Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC));
        return parser.parse(yaml, new SourceLocation(Path.of("suite.yaml").toAbsolutePath().toUri(), "suite.yaml", 1, 1));
    }

    /** {@return the check types that ship in jars: those on the class path minus the ones these tests define} */
    static CheckTypes shipped() {
        return CheckTypes.of(ServiceLoader.load(CheckType.class, SuiteSchema.class.getClassLoader()).stream()
                .filter(provider -> !isTestCode(provider.type()))
                .map(ServiceLoader.Provider::get)
                .toArray(CheckType[]::new));
    }

    private static boolean isTestCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation()
                .equals(SuiteSchema.class.getProtectionDomain().getCodeSource().getLocation());
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
