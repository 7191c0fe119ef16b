package dev.preflight.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, keeping every node's location.
 * Syntax errors and duplicate keys become {@link Problem}s, not exceptions.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * Reads one YAML document.
     *
     * @return the root node, or empty when the text has a syntax error (then {@code problems} says where)
     */
    public static Optional<YamlNode> read(Reader text, SourceLocation file, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Scalar(null, file.at(1, 1)));
            }
            return Optional.of(readValue(parser, file, problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation where = at == null ? file.at(1, 1) : file.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            problems.add(where, "invalid YAML: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file.at(1, 1), "cannot read the suite: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static YamlNode readValue(JsonParser parser, SourceLocation file, Problems problems) throws IOException {
        SourceLocation here = locate(parser, file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyLocation = locate(parser, file);
                    parser.nextToken();
                    YamlNode value = readValue(parser, file, problems);
                    if (entries.containsKey(key)) {
                        problems.add(keyLocation, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLocation().line() + "); keep one of them");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyLocation, value));
                    }
                }
                return new YamlNode.Mapping(entries, here);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, problems));
                }
                return new YamlNode.Sequence(items, here);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, here);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), here, true);
            default:
                return new YamlNode.Scalar(parser.getText(), here);
        }
    }

    private static SourceLocation locate(JsonParser parser, SourceLocation file) {
        JsonLocation at = parser.currentTokenLocation();
        return file.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
