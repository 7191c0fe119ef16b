package dev.preflight.result;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The one JSON mapper of result documents: compact for report entries, pretty for the gate's file. */
@API(status = INTERNAL, since = "0.1")
public final class ResultJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {
    }

    /** Writes a document token by token. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * {@return the document {@code body} writes, as compact JSON}: for large entries (a dataset's counts on each of
     * ~1,000 dates) a tree of boxed numbers handed to the mapper would cost more than the numbers themselves.
     */
    public static String stream(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a result document as JSON", e);
        }
        return out.toString();
    }

    /**
     * Builds the mapper's writers and tree readers before the first check needs them: Jackson spends ~0.1 s on its
     * first document, and the gate calls this on its preload thread while the suites parse, off the way to the verdict.
     */
    public static void preload() {
        read(pretty(read(write(java.util.Map.of("preload", java.util.List.of(1L, 0.5, "text", true))))));
    }

    /** {@return the document as compact JSON, as report entries carry it} */
    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result document as JSON", e);
        }
    }

    /** {@return the document as indented JSON, as the gate writes its file} */
    public static String pretty(Object document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result document as JSON", e);
        }
    }

    /**
     * Writes the document to {@code out} as {@link #pretty(Object)} renders it, without holding the whole text first
     * (a gate's result of 5,000 checks is 3.4 MB); {@code out} stays open.
     */
    public static void pretty(Object document, Writer out) {
        try {
            JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a result document as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not JSON */
    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a result document: " + e.getOriginalMessage(), e);
        }
    }
}
