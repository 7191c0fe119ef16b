package dev.preflight.yaml;

import dev.preflight.source.Problem;
import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import org.apiguardian.api.API;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, keeping every node's location.
 * Syntax errors and duplicate keys become {@link Problem}s, not exceptions.
 */
@API(status = INTERNAL, since = "0.1")
public final class YamlReader {

    /** Deeper than any suite needs (a check's options sit six levels down), shallow enough for any thread's stack. */
    public static final int MAX_DEPTH = 32;

    /**
     * Jackson and SnakeYAML bound what they read themselves: the text's length (as {@link SourceText} bounds files)
     * and the nesting, so a crafted file fails in milliseconds with a located problem, not with a stack overflow
     * or out of memory.
     */
    private static final LoaderOptions LOADER_OPTIONS = loaderOptions();

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(LOADER_OPTIONS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(SourceText.MAX_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(SourceText.MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        return options;
    }

    private YamlReader() {
    }

    /**
     * Reads one YAML document; a second document in the same text is a located problem, never ignored, and so is
     * every anchor and alias.
     *
     * @return the root node, or empty when the text has a syntax error (then {@code problems} says where)
     */
    public static Optional<YamlNode> read(String text, SourceLocation file, Problems problems) {
        if (!refuseAnchorsAndAliases(text, file, problems)) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                return read(parser, file, problems);
            } catch (StreamConstraintsException e) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(file.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())), limit(e));
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                problems.add(where(file, yaml), "invalid YAML: " + describe(yaml));
                return Optional.empty();
            }
            JsonLocation at = e.getLocation();
            SourceLocation where = at == null ? file.at(1, 1) : file.at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            problems.add(where, "invalid YAML: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file.at(1, 1), "cannot read the suite: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What the root of a YAML text is, read only as far as needed: deciding whether a file is a suite must not cost
     * a whole read of a 5,000-check suite that the engine reads again.
     *
     * @param kind  as {@link YamlNode#kind()} says it ({@link YamlNode#NULL} for an empty text)
     * @param found whether the root is a mapping with one of the asked keys at its top level
     */
    public record Root(String kind, boolean found) {
    }

    /**
     * {@return the root's kind and whether one of {@code keys} is among its top-level keys}, stopping at the first
     * such key; empty when the text is not readable YAML up to there (a full {@link #read} then says where)
     */
    public static Optional<Root> root(String text, Set<String> keys) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL
                    || (first == JsonToken.VALUE_STRING && parser.getText().isEmpty())) {
                return Optional.of(new Root(YamlNode.NULL, false));
            }
            if (first == JsonToken.START_ARRAY) {
                return Optional.of(new Root(YamlNode.LIST, false));
            }
            if (first != JsonToken.START_OBJECT) {
                return Optional.of(new Root(YamlNode.VALUE, false));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (keys.contains(parser.currentName())) {
                    return Optional.of(new Root(YamlNode.MAPPING, true));
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return Optional.of(new Root(YamlNode.MAPPING, false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<YamlNode> read(JsonParser parser, SourceLocation file, Problems problems) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return Optional.of(new YamlNode.Scalar(null, file.at(1, 1)));
        }
        YamlNode root = readValue(parser, file, problems);
        // A second document after '---' would otherwise be dropped unread: checks that fail there must not
        // leave a gate open because nobody saw them.
        if (parser.nextToken() != null) {
            problems.add(locate(parser, file), "a suite file holds one YAML document, but a second one starts here"
                    + " (after '---'); put it in a file of its own or merge its datasets into the first");
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /**
     * Jackson's streaming parser reads an alias ({@code *base}) as the text of its name, so {@code max: *a} would be
     * the string "a" and a merge key ({@code <<: *base}) an ordinary key, and it drops the anchors of scalars.
     * SnakeYAML's own events see both: each is refused where written, before anything is misread.
     *
     * @return whether the text holds neither (a syntax error is left for Jackson's pass to locate)
     */
    private static boolean refuseAnchorsAndAliases(String text, SourceLocation file, Problems problems) {
        // An anchor starts with '&' and an alias with '*': a text with neither holds none, and skips a second
        // parse (a third of reading a 5,000-check suite).
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return true;
        }
        boolean clean = true;
        Parser events = new ParserImpl(new StreamReader(text), LOADER_OPTIONS);
        try {
            while (events.peekEvent() != null) {
                Event event = events.getEvent();
                Mark mark = event.getStartMark();
                if (event instanceof AliasEvent alias) {
                    problems.add(file.at(mark.getLine() + 1, mark.getColumn() + 1), "YAML aliases ('*" + alias.getAnchor()
                            + "') are not supported in suites; write the value out, or declare it once under 'parameters' and write ${name}");
                    clean = false;
                } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    problems.add(file.at(mark.getLine() + 1, mark.getColumn() + 1), "YAML anchors ('&" + node.getAnchor()
                            + "') are not supported in suites; remove it, and declare a shared value once under 'parameters' and write ${name}");
                    clean = false;
                }
            }
        } catch (YAMLException e) {
            return clean;
        }
        return clean;
    }

    /** A limit of {@link StreamReadConstraints} said no; Jackson's text names its own method, not the suite's fix. */
    private static String limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return "the YAML nests deeper than " + MAX_DEPTH + " levels here; a suite needs far fewer: check the indentation and brackets";
        }
        if (message.contains("document length")) {
            return "the text is longer than the " + (SourceText.MAX_BYTES / (1024 * 1024)) + " MiB a suite may be; split it into several suites";
        }
        return "the YAML is beyond what a suite may hold: " + firstLine(e.getOriginalMessage());
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
                // Jackson's streaming parser reads "key:" with nothing after it as empty text; YAML says null.
                String text = parser.getText();
                return new YamlNode.Scalar(token == JsonToken.VALUE_STRING && text.isEmpty() ? null : text, here);
        }
    }

    /**
     * Jackson's location is where its tokenizer stood, which can be a line before the mistake (a TAB on line 2 shows
     * as line 1), and its message starts with SnakeYAML's context ("while scanning for the next token"), not the
     * problem. SnakeYAML's own marks and problem text say where and what.
     */
    private static String describe(MarkedYAMLException yaml) {
        String problem = yaml.getProblem() == null ? "unreadable document" : yaml.getProblem().trim();
        if ("mapping values are not allowed here".equals(problem)) {
            problem += ": indent this key like its neighbours, or quote a value that contains ': '";
        }
        Mark context = yaml.getContextMark();
        if (yaml.getContext() == null || context == null) {
            return problem;
        }
        String construct = yaml.getContext().trim();
        return unclosed(yaml) ? problem + " (" + construct + " that starts here)"
                : problem + " (" + construct + " that starts at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + ")";
    }

    /** An unclosed bracket or quote shows at the end of the file; its opening is where to fix it. Otherwise the problem. */
    private static SourceLocation where(SourceLocation file, MarkedYAMLException yaml) {
        Mark mark = unclosed(yaml) ? yaml.getContextMark() : yaml.getProblemMark();
        return file.at(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static boolean unclosed(MarkedYAMLException yaml) {
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
        return yaml.getContext() != null && yaml.getContextMark() != null
                && (problem.contains("<stream end>") || problem.contains("end of stream"));
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
