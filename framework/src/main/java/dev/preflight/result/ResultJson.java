package dev.preflight.result;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The one JSON mapper of result documents: compact for report entries, pretty for the gate's file. */
@API(status = INTERNAL, since = "0.1")
public final class ResultJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {
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

    /** @throws IllegalArgumentException when the text is not JSON */
    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a result document: " + e.getOriginalMessage(), e);
        }
    }
}
