package dev.preflight.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a check's {@value Constants#RESULT} document, or to its copy in the gate's JSON result, for
 * reports. Reading is lenient on purpose: a report shows what a document has and never fails on a field that a
 * newer check type added or an older one lacks.
 */
public final class ResultDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An approved exception as a check reports it (the check library's {@code waivers:}). */
    public record Waiver(String dates, String reason, String approvedBy, String expires, boolean expired) {
    }

    private final JsonNode node;

    private ResultDocument(JsonNode node) {
        this.node = node == null ? MissingNode.getInstance() : node;
    }

    public static ResultDocument of(JsonNode node) {
        return new ResultDocument(node);
    }

    /** @throws IllegalArgumentException when the text is not JSON */
    public static ResultDocument parse(String json) {
        try {
            return new ResultDocument(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a check result document: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode node() {
        return node;
    }

    public String text(String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : "";
    }

    public String check() {
        return text("check");
    }

    public String type() {
        return text("type");
    }

    public String severity() {
        return text("severity");
    }

    /** {@return PASSED, WARNED, FAILED, NOT_APPLICABLE or ERRORED} */
    public String outcome() {
        return text("outcome");
    }

    public String message() {
        return text("message");
    }

    public String expected() {
        return text("expected");
    }

    public String actual() {
        return text("actual");
    }

    public String description() {
        return text("description");
    }

    /** {@return "suite" or "warehouse" for an errored check, else empty} */
    public String error() {
        return text("error");
    }

    public JsonNode observed() {
        return node.path("observed");
    }

    public Optional<Double> observedNumber(String field) {
        JsonNode value = observed().path(field);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    public List<LocalDate> missingDates() {
        return dates(node.path("missing_dates"));
    }

    /** {@return dates an approved waiver excused; {@code waived_dates} holds dates or objects with a {@code date}} */
    public List<LocalDate> waivedDates() {
        return dates(node.path("waived_dates"));
    }

    /** {@return the fallback that makes a warning acceptable, e.g. "synthetic context", or empty} */
    public String fallback() {
        JsonNode fallback = node.path("fallback");
        if (fallback.isObject()) {
            return fallback.path("note").asText(fallback.path("description").asText(""));
        }
        return fallback.isValueNode() ? fallback.asText() : "";
    }

    public List<Waiver> waivers() {
        List<Waiver> waivers = new ArrayList<>();
        for (JsonNode waiver : node.path("waivers")) {
            waivers.add(new Waiver(datesText(waiver), waiver.path("reason").asText(""),
                    waiver.path("approved_by").asText(waiver.path("by").asText("")),
                    waiver.path("expires").asText(waiver.path("until").asText("")), waiver.path("expired").asBoolean(false)));
        }
        return waivers;
    }

    private static String datesText(JsonNode waiver) {
        List<String> parts = new ArrayList<>();
        for (String field : new String[] {"dates", "ranges"}) {
            for (JsonNode item : waiver.path(field)) {
                if (item.isObject()) {
                    String first = item.path("first").asText(item.path("start").asText(""));
                    String last = item.path("last").asText(item.path("end").asText(first));
                    parts.add(first.equals(last) ? first : first + ".." + last);
                } else {
                    parts.add(item.asText());
                }
            }
        }
        if (parts.isEmpty() && waiver.has("first")) {
            parts.add(waiver.path("first").asText() + ".." + waiver.path("last").asText());
        }
        return String.join(", ", parts);
    }

    private static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode item : array) {
            String text = item.isObject() ? item.path("date").asText("") : item.asText("");
            try {
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // Not a date: a report shows the dates it can read.
            }
        }
        return dates;
    }
}
